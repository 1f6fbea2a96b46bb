package com.siteline.plan;

import java.time.Instant;
import java.util.List;

/**
 * A version of a project's communication plan: its state on the way to being in force, who wrote, reviewed and
 * approved it and when, why it was returned, and its lines.
 */
public record CommunicationPlan(
        long id,
        long version,
        long projectId,
        long businessUnitId,
        int planVersion,
        PlanState state,
        String author,
        Instant createdAt,
        Instant submittedAt,
        String reviewedBy,
        Instant reviewedAt,
        String approvedBy,
        Instant approvedAt,
        String returnedBy,
        String returnedNote,
        List<PlanLineView> lines) {}
