package com.siteline.backup;

/** Why a backup was taken: the daily timer, an administrator's click, or a schema migration about to run. */
public enum BackupKind {
    DAILY,
    MANUAL,
    BEFORE_MIGRATION;

    public String messageKey() {
        return "backup.kind." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
