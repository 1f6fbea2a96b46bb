package com.siteline.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A project as lists and the customer 360 page show it. */
public record ProjectSummary(long id, long version, String name, String customerName, String address,
        String variantId, long businessUnitId, String businessUnitName, String currentStageId, Instant completedAt,
        Instant createdAt, Long customerId, ProjectTeam team) {

    public boolean completed() {
        return completedAt != null;
    }
}
