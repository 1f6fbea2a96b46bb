package com.siteline.knowledge;

import com.siteline.base.InputField;
import com.siteline.sdk.IssueType;

/**
 * A standard reply as it is written: the unit (and optionally one of its variants), a title, the text in zh-CN (and
 * optionally English) with placeholders such as {@code {customer}}, the issue type and category it answers, the
 * article it points to.
 */
public record ReplyDraft(
        Long businessUnitId,
        String variantId,
        String title,
        String bodyZh,
        String bodyEn,
        IssueType issueType,
        String categoryId,
        Long articleId) {

    public enum Field implements InputField {
        BUSINESS_UNIT_ID,
        VARIANT_ID,
        TITLE,
        BODY_ZH,
        BODY_EN,
        ISSUE_TYPE,
        CATEGORY_ID,
        ARTICLE_ID
    }
}
