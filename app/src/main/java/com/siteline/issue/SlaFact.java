package com.siteline.issue;

import com.siteline.sdk.IssueType;
import com.siteline.sdk.Urgency;
import java.time.Instant;

/**
 * One issue's response-time deadlines and when they were kept: the stored due times (already moved by
 * any pauses) and the moments of the first response and the resolution.
 */
public record SlaFact(long id, long businessUnitId, String assignee, Urgency urgency, String categoryId,
        String variantId, IssueType type, Instant createdAt, Instant firstResponseDue, Instant firstRespondedAt,
        Instant resolutionDue, Instant resolvedAt) {

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

    private static boolean counts(Instant due, Instant done, Instant now) {
        return due != null && (done != null || !due.isAfter(now));
    }

    private static boolean met(Instant due, Instant done) {
        return due != null && done != null && !done.isAfter(due);
    }
}
