package com.siteline.issue;

import com.siteline.sdk.IssueType;
import com.siteline.sdk.Urgency;
import java.time.Instant;

/**
 * An issue handled before Siteline, brought in by an import: raised and closed at the given times, with how
 * it was resolved. It keeps no deadlines (none were set then), so the response-time reports leave it out.
 */
public record PastIssue(
        long customerId,
        String title,
        String description,
        IssueType type,
        String categoryId,
        Urgency urgency,
        Instant raisedAt,
        Instant closedAt,
        String resolution) {}
