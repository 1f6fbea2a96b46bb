package com.siteline.issue;

import com.siteline.sdk.IssueType;
import com.siteline.sdk.Urgency;
import java.time.Instant;

/** An issue as one line of a periodic document: what it was, whose, and how it was handled. */
public record IssueLine(
        long id,
        String title,
        long customerId,
        String customerName,
        IssueType type,
        String categoryId,
        Urgency urgency,
        IssueStatus status,
        Instant createdAt,
        Instant resolvedAt,
        String resolution) {}
