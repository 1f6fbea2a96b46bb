package com.siteline.issue;

import com.siteline.base.InputField;
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
        Urgency urgency) {

    /** What a refusal of a new issue names besides its texts ({@link IssueTexts.Field}). */
    public enum Field implements InputField {
        CUSTOMER_ID,
        PROJECT_ID,
        TYPE,
        CATEGORY_ID,
        URGENCY
    }
}
