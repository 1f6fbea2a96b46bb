package com.siteline.issue;

import com.siteline.sdk.IssueType;
import com.siteline.sdk.Urgency;

/** What it takes to record an issue: the customer, what it is about, its type and urgency; a category classifies it at once. */
public record NewIssue(
        long customerId,
        Long projectId,
        String title,
        String description,
        IssueType type,
        String categoryId,
        Urgency urgency) {}
