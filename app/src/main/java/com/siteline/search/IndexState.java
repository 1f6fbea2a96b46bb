package com.siteline.search;

import java.time.Instant;
import java.util.List;

/**
 * The index as admins see it: the backend, per record type the documents indexed against the rows stored,
 * the size on disk (embedded backend only), the rebuild running or last run, and the other node holding the
 * embedded index when this one does not (it then serves no search).
 */
public record IndexState(
        String backend,
        List<TypeCount> types,
        Long sizeBytes,
        boolean rebuilding,
        long done,
        long total,
        Instant rebuildStarted,
        Instant rebuildEnded,
        String failure,
        String heldBy) {

    /** One record type: documents in the index and rows in the database. */
    public record TypeCount(String kind, long documents, long rows) {

        public boolean inStep() {
            return documents == rows;
        }
    }

    public boolean inStep() {
        return types.stream().allMatch(TypeCount::inStep);
    }
}
