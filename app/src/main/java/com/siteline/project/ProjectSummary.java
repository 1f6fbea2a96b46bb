package com.siteline.project;

import java.time.Instant;

/**
 * A project as lists and the customer 360 page show it.
 *
 * @param completedAt when the works were completed: the acceptance of the variant's completion stage
 *                    ({@code BusinessVariant.completionStage()}, the last stage unless it says otherwise); warranty
 *                    and return visits count from it
 * @param closedAt    when the project left its last stage: nothing more to do in its pipeline
 */
public record ProjectSummary(
        long id,
        long version,
        String name,
        String customerName,
        String address,
        String variantId,
        long businessUnitId,
        String businessUnitName,
        String currentStageId,
        Instant completedAt,
        Instant createdAt,
        Long customerId,
        ProjectTeam team,
        Instant closedAt) {

    /** The works are completed (the project may still be in its warranty or return-visit stages). */
    public boolean completed() {
        return completedAt != null;
    }

    /** The project has left its last stage. */
    public boolean closed() {
        return closedAt != null;
    }
}
