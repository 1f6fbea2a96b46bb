package com.siteline.backup.internal;

import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import com.siteline.backup.BackupKind;
import com.siteline.backup.BackupRetention;
import com.siteline.timer.RecurringTimer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The backups' configuration ({@code siteline.backup.*}, see docs/configuration.md): the runner, the daily timer on
 * the shared scheduler (one node takes each day's backup), and a backup before every schema migration: when Flyway
 * finds migrations to apply to a database that already has a schema, the backup is taken first, and a failed
 * backup stops the start rather than migrating without one (set {@code siteline.backup.before-migration=false} to
 * migrate anyway).
 */
@Configuration(proxyBeanMethods = false)
class BackupConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(BackupConfiguration.class);

    @Bean
    BackupRunner backupRunner(
            DataSource dataSource,
            Environment env,
            Clock clock,
            @Value("${siteline.backup.dir:./data/backups}") Path directory,
            @Value("${siteline.backup.restore-check:true}") boolean restoreCheck,
            @Value("${siteline.backup.zone:Asia/Shanghai}") ZoneId zone,
            @Value("${siteline.backup.keep-daily:7}") int daily,
            @Value("${siteline.backup.keep-weekly:4}") int weekly,
            @Value("${siteline.backup.keep-monthly:12}") int monthly) {
        return new BackupRunner(
                dataSource,
                env.getRequiredProperty("spring.datasource.url"),
                env.getProperty("spring.datasource.username", ""),
                env.getProperty("spring.datasource.password", ""),
                directory,
                restoreCheck,
                zone,
                new BackupRetention(daily, weekly, monthly),
                clock);
    }

    @Bean
    RecurringTimer dailyBackupTimer(
            BackupRunner runner,
            @Value("${siteline.backup.daily-at:02:30}") LocalTime at,
            @Value("${siteline.backup.zone:Asia/Shanghai}") ZoneId zone) {
        return () -> Tasks.recurring("daily-backup", Schedules.daily(zone, at))
                .execute((instance, context) -> runner.run(BackupKind.DAILY));
    }

    @Bean
    FlywayMigrationStrategy backupBeforeMigrating(
            BackupRunner runner, @Value("${siteline.backup.before-migration:true}") boolean before) {
        return flyway -> {
            var info = flyway.info();
            if (before && info.pending().length > 0 && info.applied().length > 0) {
                LOG.info(
                        "{} migrations to apply to {}: backing it up first",
                        info.pending().length,
                        runner.target().database());
                runner.run(BackupKind.BEFORE_MIGRATION);
            }
            flyway.migrate();
        };
    }
}
