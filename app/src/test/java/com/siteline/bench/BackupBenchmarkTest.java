package com.siteline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.audit.ChainCheck;
import com.siteline.backup.BackupFile;
import com.siteline.backup.Backups;
import com.siteline.backup.Restore;
import com.siteline.backup.internal.DatabaseTarget;
import com.siteline.organization.RunAs;
import com.siteline.testsupport.MariaDbTestDatabase;
import com.siteline.testsupport.SitelineSpringTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A backup (mariadb-dump, with its check: a restore into a scratch database) and a restore of the workspace data
 * (tiny in the test command; {@code ./siteline bench}: 1M issues, 5M log entries in {@code siteline_bench}), timed
 * and sized, with their targets.
 */
@SitelineSpringTest
class BackupBenchmarkTest {

    @Autowired
    Backups backups;

    @Autowired
    RunAs as;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void printsTheBackupAndRestoreTimesAndSizes() throws Exception {
        int issues = WorkspaceBenchmarkTest.ISSUES;
        WorkspaceDataGenerator.Counts counts = issues >= 1_000_000
                ? WorkspaceDataGenerator.Counts.FULL
                : new WorkspaceDataGenerator.Counts(issues / 10, issues / 5, issues, issues * 2);
        WorkspaceDataGenerator.generate(
                MariaDbTestDatabase.url(), MariaDbTestDatabase.user(), MariaDbTestDatabase.password(), counts);
        long databaseBytes = jdbc.queryForObject(
                "select coalesce(sum(data_length + index_length), 0) from information_schema.tables"
                        + " where table_schema = database()",
                Long.class);

        long started = System.nanoTime();
        BackupFile backup = as.user("admin", () -> backups.backupNow());
        double backupSeconds = (System.nanoTime() - started) / 1e9;
        assertThat(backup.checked()).as(backup.check()).isTrue();

        DatabaseTarget live = DatabaseTarget.of(MariaDbTestDatabase.url());
        String server = "jdbc:mariadb://" + live.host() + ":" + live.port() + "/";
        String copy = (live.database() + "_rbench")
                .substring(Math.max(0, live.database().length() + 7 - 64));
        jdbc.execute("drop database if exists `" + copy + "`");
        started = System.nanoTime();
        ChainCheck chain;
        try {
            chain = Restore.restoreMariaDb(
                    Path.of(as.user("admin", () -> backups.setup()).directory(), backup.name()),
                    server,
                    copy,
                    MariaDbTestDatabase.user(),
                    MariaDbTestDatabase.password(),
                    new PrintStream(new ByteArrayOutputStream()));
        } finally {
            jdbc.execute("drop database if exists `" + copy + "`");
        }
        double restoreSeconds = (System.nanoTime() - started) / 1e9;
        assertThat(chain.intact()).isTrue();

        System.out.printf(
                "%nBackup of %,d issues (%,d MB in InnoDB): mariadb-dump%s %.1f s (target at 1M issues: %s),"
                        + " file %,d MB (%.0f%% of the tables); restore into a fresh database with the chain's check"
                        + " (%,d audit rows) %.1f s (target at 1M issues: 900 s)%n",
                counts.issues(),
                databaseBytes >> 20,
                backup.check().startsWith("restored") ? " with its check (a restore into a scratch database)" : "",
                backupSeconds,
                backup.check().startsWith("restored") ? "1,200 s" : "300 s",
                backup.bytes() >> 20,
                100.0 * backup.bytes() / Math.max(1, databaseBytes),
                chain.checked(),
                restoreSeconds);
    }
}
