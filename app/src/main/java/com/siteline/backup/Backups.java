package com.siteline.backup;

import com.siteline.backup.internal.BackupRunner;
import com.siteline.backup.internal.DatabaseTarget;
import com.siteline.organization.Role;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The administrators' view of the backups: the list, a backup now, and where they are and how to restore one. */
@Service
@PreAuthorize(Role.Can.ADMINISTER)
public class Backups {

    private final BackupRunner runner;

    Backups(BackupRunner runner) {
        this.runner = runner;
    }

    /** The backups kept, newest first. */
    public List<BackupFile> list() {
        return runner.list();
    }

    /** Takes a backup now (seconds for a small database; the caller runs it in the background). */
    public BackupFile backupNow() {
        return runner.run(BackupKind.MANUAL);
    }

    /** Where the backups are written, and of which database by which tool. */
    public Setup setup() {
        DatabaseTarget target = runner.target();
        return new Setup(
                runner.directory().toString(),
                target.engine() == DatabaseTarget.Engine.MARIADB,
                target.database(),
                target.host(),
                target.port());
    }

    /** @param mariadb true for MariaDB (mariadb-dump), false for the quick start's H2 file (H2's BACKUP) */
    public record Setup(String directory, boolean mariadb, String database, String host, int port) {}
}
