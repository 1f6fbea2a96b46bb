package com.siteline.issue;

import com.siteline.issue.internal.HandlingPlan;
import com.siteline.sdk.IssueType;
import com.siteline.sdk.Urgency;
import java.time.Instant;
import java.util.Set;

/** A customer issue as grids, side panels and the issue page show it. */
public record IssueDetails(
        long id,
        long version,
        long businessUnitId,
        String businessUnitName,
        long customerId,
        String customerName,
        com.siteline.sla.CustomerType customerType,
        Long projectId,
        String variantId,
        String title,
        String description,
        IssueType type,
        String categoryId,
        Urgency urgency,
        IssueStatus status,
        String assignee,
        String reviewer,
        String rootCause,
        String resolution,
        Verdict verdict,
        Set<String> tags,
        Instant promisedReplyAt,
        String reportedBy,
        Instant createdAt,
        Instant updatedAt,
        Instant classifiedAt,
        Instant assignedAt,
        Instant handlingAt,
        Instant feedbackAt,
        Instant closedAt,
        Instant revisitedAt,
        java.util.List<Deadline> deadlines,
        Instant nextDueAt,
        Instant pausedSince,
        String rulePlugin,
        Integer ruleNumber,
        String pauseReason,
        String channel,
        HandlingPlan plan) {

    public boolean paused() {
        return pausedSince != null;
    }

    public boolean open() {
        return status.isOpen();
    }

    public boolean promiseOverdue(Instant now) {
        return open() && promisedReplyAt != null && promisedReplyAt.isBefore(now);
    }
}
