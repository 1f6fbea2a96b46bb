package com.siteline.backup;

import java.time.Instant;

/**
 * One backup in the backup directory, as its manifest (the {@code .json} beside it) describes it: when and why it
 * was taken, by which tool, its size and SHA-256, how many tables and audit rows it holds, and what its check found.
 *
 * @param checked true when the file was read to its end and restored into a scratch database (or opened, for H2)
 *     with every table there and the audit chain whole
 * @param check what the check found, in words for an administrator (English, from the tools)
 */
public record BackupFile(
        String name,
        Instant at,
        BackupKind kind,
        String tool,
        String database,
        long bytes,
        String sha256,
        int tables,
        long auditRows,
        long millis,
        boolean checked,
        String check) {}
