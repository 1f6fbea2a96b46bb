package com.siteline.issue;

import java.time.Instant;

/**
 * An issue was closed by its reviewer (published in the closing transaction, so a listener's writes land or
 * fail with the close).
 */
public record IssueClosed(
        long issueId,
        long customerId,
        String customerName,
        long businessUnitId,
        String variantId,
        String title,
        String assignee,
        Instant closedAt,
        com.siteline.sdk.IssueType type,
        Long projectId) {}
