package com.siteline.importing;

import java.time.Instant;

/** One import run as the history lists it. */
public record ImportSummary(
        long id,
        String username,
        ImportKind kind,
        String fileName,
        boolean allOrNothing,
        boolean updateDuplicates,
        Instant startedAt,
        Instant finishedAt,
        Status status,
        long rows,
        long created,
        long updated,
        long skipped,
        long refused,
        boolean hasErrorFile) {

    /** DONE: imported as reported; REJECTED: all-or-nothing found refused rows and imported nothing; FAILED: stopped by a fault, nothing of the failed part kept. */
    public enum Status {
        RUNNING,
        DONE,
        REJECTED,
        FAILED
    }
}
