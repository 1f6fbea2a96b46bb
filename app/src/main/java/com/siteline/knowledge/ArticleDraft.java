package com.siteline.knowledge;

import com.siteline.base.InputField;
import java.util.Set;

/** A knowledge article as it is written: its unit, title, text, the issue categories it is about, public or not. */
public record ArticleDraft(
        Long businessUnitId, String title, String body, Set<String> categories, boolean publicArticle) {

    public ArticleDraft {
        categories = categories == null ? Set.of() : Set.copyOf(categories);
    }

    public enum Field implements InputField {
        BUSINESS_UNIT_ID,
        TITLE,
        BODY,
        CATEGORIES,
        PUBLIC_ARTICLE
    }
}
