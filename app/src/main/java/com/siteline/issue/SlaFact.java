package com.siteline.issue;

import com.siteline.sdk.IssueType;
import com.siteline.sdk.Urgency;
import java.time.Instant;

/**
 * One issue's response-time deadlines and when they were kept: the stored due times (already moved by
 * any pauses), the moments of the first response and the resolution, the measures kept when they happened
 * (minutes of target time taken, next updates kept or missed, feedback taken back) and the rule's targets.
 */
public record SlaFact(
        long id,
        long businessUnitId,
        long customerId,
        String assignee,
        Urgency urgency,
        String categoryId,
        String variantId,
        IssueType type,
        com.siteline.sla.CustomerType customerType,
        IssueStatus status,
        Instant createdAt,
        Instant firstResponseDue,
        Instant firstRespondedAt,
        Instant resolutionDue,
        Instant resolvedAt,
        Instant nextUpdateDue,
        Instant pausedSince,
        int nextUpdateCounted,
        int nextUpdateMet,
        Long firstResponseTaken,
        Long resolutionTaken,
        Long firstResponseTarget,
        Long resolutionTarget,
        int reopenedCount) {

    /** Whether the first-response deadline counts at {@code now}: kept already, or due and passed. */
    public boolean firstResponseCounts(Instant now) {
        return counts(firstResponseDue, firstRespondedAt, now);
    }

    public boolean firstResponseMet() {
        return met(firstResponseDue, firstRespondedAt);
    }

    public boolean resolutionCounts(Instant now) {
        return counts(resolutionDue, resolvedAt, now);
    }

    public boolean resolutionMet() {
        return met(resolutionDue, resolvedAt);
    }

    /** The running next-update deadline that has passed with no update at {@code now} (counts as missed). */
    public boolean nextUpdateOverdue(Instant now) {
        return status.isOpen()
                && resolvedAt == null
                && pausedSince == null
                && nextUpdateDue != null
                && !nextUpdateDue.isAfter(now);
    }

    /** Next-update deadlines that count at {@code now}: the ones kept or missed, plus a running one overdue. */
    public int nextUpdateCounts(Instant now) {
        return nextUpdateCounted + (nextUpdateOverdue(now) ? 1 : 0);
    }

    private static boolean counts(Instant due, Instant done, Instant now) {
        return due != null && (done != null || !due.isAfter(now));
    }

    private static boolean met(Instant due, Instant done) {
        return due != null && done != null && !done.isAfter(due);
    }
}
