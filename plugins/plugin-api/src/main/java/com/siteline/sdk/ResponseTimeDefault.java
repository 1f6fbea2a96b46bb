package com.siteline.sdk;

import java.time.Duration;
import java.util.Objects;

/**
 * A default response-time rule a variant declares; admins may override it later.
 *
 * @param categoryId    null for any category
 * @param urgency       null for any urgency
 * @param firstResponse time to the first response (with a plan, for complaints)
 * @param resolution    time to resolution; null when the variant sets none
 * @param businessTime  counted in business hours (true) or calendar time (false)
 */
public record ResponseTimeDefault(
        IssueType issueType,
        String categoryId,
        Urgency urgency,
        Duration firstResponse,
        Duration resolution,
        boolean businessTime) {

    public ResponseTimeDefault {
        Objects.requireNonNull(issueType, "issueType");
        Objects.requireNonNull(firstResponse, "firstResponse");
        if (firstResponse.isNegative() || firstResponse.isZero()) {
            throw new IllegalArgumentException("a first-response target must be positive");
        }
        if (resolution != null && resolution.compareTo(firstResponse) < 0) {
            throw new IllegalArgumentException("resolution cannot come before the first response");
        }
    }

    /**
     * The complaint rules of the source procedures (seed 003): urgent answered within 2 hours, important
     * within 24 hours, normal within 72 hours; resolved within 1, 3 and 7 days.
     */
    public static java.util.List<ResponseTimeDefault> standardComplaintRules() {
        return java.util.List.of(
                calendar(IssueType.COMPLAINT, Urgency.URGENT, Duration.ofHours(2), Duration.ofHours(24)),
                calendar(IssueType.COMPLAINT, Urgency.IMPORTANT, Duration.ofHours(24), Duration.ofDays(3)),
                calendar(IssueType.COMPLAINT, Urgency.NORMAL, Duration.ofHours(72), Duration.ofDays(7)));
    }

    public static ResponseTimeDefault calendar(
            IssueType type, Urgency urgency, Duration firstResponse, Duration resolution) {
        return new ResponseTimeDefault(type, null, urgency, firstResponse, resolution, false);
    }
}
