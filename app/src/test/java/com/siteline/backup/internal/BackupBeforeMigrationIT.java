package com.siteline.backup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.backup.BackupFile;
import com.siteline.backup.BackupKind;
import com.siteline.backup.BackupRetention;
import com.siteline.testsupport.MariaDbTestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * #32: a database with a schema and migrations to apply is backed up before they run (the backup checked, the
 * migrations then applied); a database with nothing to apply, or none yet, is not backed up.
 */
class BackupBeforeMigrationIT {

    @Test
    void aPendingMigrationIsPrecededByACheckedBackupAndNothingPendingTakesNone() throws Exception {
        String url = MariaDbTestDatabase.url();
        String server = url.substring(0, url.lastIndexOf('/') + 1);
        String name = "siteline_migration_" + ProcessHandle.current().pid();
        String user = MariaDbTestDatabase.user();
        String password = MariaDbTestDatabase.password();
        Path directory = Files.createTempDirectory("siteline-before-migration-");
        try (Connection admin = DriverManager.getConnection(server, user, password);
                Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists `" + name + "`");
            statement.execute("create database `" + name + "` character set utf8mb4 collate utf8mb4_unicode_ci");
            try {
                DriverManagerDataSource data = new DriverManagerDataSource(server + name, user, password);
                BackupRunner runner = new BackupRunner(
                        data,
                        server + name,
                        user,
                        password,
                        directory,
                        true,
                        ZoneId.of("Asia/Shanghai"),
                        BackupRetention.DEFAULT,
                        Clock.systemUTC());
                var strategy = new BackupConfiguration().backupBeforeMigrating(runner, true);

                // a new database: migrated without a backup (there is nothing to keep)
                strategy.migrate(flyway(data, "20"));
                assertThat(runner.list()).isEmpty();

                // an older schema and migrations to apply: a checked backup first, then the migrations
                strategy.migrate(flyway(data, null));
                List<BackupFile> kept = runner.list();
                assertThat(kept).singleElement().satisfies(backup -> {
                    assertThat(backup.kind()).isEqualTo(BackupKind.BEFORE_MIGRATION);
                    assertThat(backup.checked()).as(backup.check()).isTrue();
                });
                assertThat(flyway(data, null).info().pending()).isEmpty();

                // nothing to apply: no backup
                strategy.migrate(flyway(data, null));
                assertThat(runner.list()).hasSize(1);
            } finally {
                statement.execute("drop database if exists `" + name + "`");
                try (var files = Files.walk(directory)) {
                    files.sorted(java.util.Comparator.reverseOrder())
                            .forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    private static Flyway flyway(DriverManagerDataSource data, String target) {
        var configuration = Flyway.configure()
                .dataSource(data)
                .locations("classpath:db/migration/common", "classpath:db/migration/mariadb");
        if (target != null) {
            configuration.target(target);
        }
        return configuration.load();
    }
}
