package com.siteline.sdk;

import java.util.Locale;
import java.util.Objects;

/**
 * A text a plugin shows to users, in the two UI languages. zh-CN is the primary language and
 * the fallback for any locale that is not English.
 */
public record LocalizedText(String zhCn, String en) {

    public LocalizedText {
        Objects.requireNonNull(zhCn, "zhCn");
        Objects.requireNonNull(en, "en");
        if (zhCn.isBlank() || en.isBlank()) {
            throw new IllegalArgumentException("a localized text needs both a zh-CN and an English text");
        }
    }

    public static LocalizedText of(String zhCn, String en) {
        return new LocalizedText(zhCn, en);
    }

    /** The text for a locale: English for any English locale, zh-CN otherwise. */
    public String get(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : zhCn;
    }
}
