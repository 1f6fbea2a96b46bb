package com.siteline.backup;

/** Why a backup was taken: the daily timer, an administrator's click, or a schema migration about to run. */
public enum BackupKind implements com.siteline.base.Keyed {
    DAILY,
    MANUAL,
    BEFORE_MIGRATION;

    @Override
    public String messageKey() {
        return "backup.kind." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
