package com.siteline.base;

import java.util.List;
import java.util.Locale;

/** The UI languages: zh-CN first (the default), English second. */
public final class AppLocales {

    public static final Locale ZH_CN = Locale.SIMPLIFIED_CHINESE;
    public static final Locale EN = Locale.ENGLISH;
    public static final Locale DEFAULT = ZH_CN;
    public static final List<Locale> SUPPORTED = List.of(ZH_CN, EN);
    /** Session attribute holding a language chosen before signing in. */
    public static final String SESSION_ATTRIBUTE = "siteline.locale";

    private AppLocales() {}

    /** The supported locale closest to the given one; zh-CN when nothing fits. */
    public static Locale supported(Locale locale) {
        if (locale != null && EN.getLanguage().equals(locale.getLanguage())) {
            return EN;
        }
        return DEFAULT;
    }

    /** Parses a stored language tag (e.g. {@code zh-CN}, {@code en}); zh-CN for null or unknown tags. */
    public static Locale fromTag(String tag) {
        return tag == null || tag.isBlank() ? DEFAULT : supported(Locale.forLanguageTag(tag));
    }
}
