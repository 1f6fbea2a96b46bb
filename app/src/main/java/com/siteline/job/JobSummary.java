package com.siteline.job;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A repair job as the grid, its panel and the customer's and project's pages show it; {@code warrantyTrade} is the
 * trade whose warranty term applies (null: the whole project's default period).
 */
public record JobSummary(
        long id,
        long version,
        long businessUnitId,
        String unitName,
        String variantId,
        long issueId,
        long customerId,
        String customerName,
        Long projectId,
        String title,
        JobState state,
        Instant responseDue,
        Instant onSiteDue,
        boolean inWarranty,
        LocalDate warrantyUntil,
        BigDecimal quote,
        Instant quoteAcceptedAt,
        String technician,
        Instant dispatchedAt,
        Instant arrivedAt,
        Instant completedAt,
        String workDone,
        String materials,
        BigDecimal charge,
        Instant confirmedAt,
        String confirmedBy,
        String createdBy,
        Instant createdAt,
        String warrantyTrade,
        String technicianUsername,
        String technicianPhone,
        Instant appointmentFrom,
        Instant appointmentTo) {

    /** Arrived later than the on-site limit, or not arrived and the limit has passed. */
    public boolean onSiteLate(Instant now) {
        return onSiteDue != null
                && (arrivedAt != null ? arrivedAt.isAfter(onSiteDue) : state.open() && now.isAfter(onSiteDue));
    }
}
