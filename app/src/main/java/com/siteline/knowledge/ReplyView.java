package com.siteline.knowledge;

import com.siteline.sdk.IssueType;
import java.time.Instant;

/**
 * A standard reply as the list and the picker show it. {@code review}: used by nobody since {@link
 * StandardReplies#REVIEW_AFTER_DAYS} days after it was written (flagged for review).
 */
public record ReplyView(
        long id,
        long version,
        long businessUnitId,
        String unitName,
        String variantId,
        String title,
        String bodyZh,
        String bodyEn,
        IssueType issueType,
        String categoryId,
        Long articleId,
        int useCount,
        Instant lastUsedAt,
        boolean review) {}
