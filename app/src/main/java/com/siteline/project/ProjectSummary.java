package com.siteline.project;

import java.time.Instant;

/** A project as grids and headers show it. */
public record ProjectSummary(long id, long version, String name, String customerName, String address,
        String variantId, long businessUnitId, String businessUnitName, String currentStageId, Instant completedAt,
        Instant createdAt) {

    public boolean completed() {
        return completedAt != null;
    }
}
