package com.siteline.base;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * UI texts from {@code i18n/messages*.properties} (UTF-8). The base bundle is zh-CN; English lives in
 * {@code messages_en}. No fallback to the JVM's default locale, so a server set to English still
 * serves Chinese to Chinese users.
 */
@Component
public class SitelineI18NProvider implements I18NProvider {

    static final String BUNDLE = "i18n.messages";
    private static final Logger log = LoggerFactory.getLogger(SitelineI18NProvider.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return AppLocales.SUPPORTED;
    }

    /** A message's subject to a customer: zh-CN, then English, on one line, a slash between. */
    public String bilingualSubject(String key, Object... params) {
        return getTranslation(key, Locale.SIMPLIFIED_CHINESE, params) + " / "
                + getTranslation(key, Locale.ENGLISH, params);
    }

    /** A message's body to a customer: zh-CN, then English, a blank line between. */
    public String bilingualBody(String key, Object... params) {
        return getTranslation(key, Locale.SIMPLIFIED_CHINESE, params) + "\n\n"
                + getTranslation(key, Locale.ENGLISH, params);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        Locale target = AppLocales.supported(locale);
        try {
            String pattern = bundle(target).getString(key);
            return params.length == 0 ? pattern : singular(new MessageFormat(pattern, target).format(params), target);
        } catch (MissingResourceException e) {
            log.warn("Missing translation '{}' for {}", key, target);
            return "!" + key;
        }
    }

    /** Nouns the English texts count; "1 rows" reads "1 row". */
    private static final java.util.regex.Pattern ONE_OF = java.util.regex.Pattern.compile(
            "(?<![\\d.,])1 (row|month|day|issue|customer|hour|week|file|item|answer|survey|member|year|visit|project|job|"
                    + "minute|photo|attendee|notice|time|question|call|case|document)s\\b");

    /**
     * English counts: a sentence that counts one of something says it once ("1 row", "1 entry"), whatever text
     * counts it. Chinese has no plural, so its texts are left as they are.
     */
    static String singular(String text, Locale locale) {
        if (!AppLocales.EN.getLanguage().equals(locale.getLanguage())) {
            return text;
        }
        return ONE_OF.matcher(text).replaceAll("1 $1").replaceAll("(?<![\\d.,])1 entries\\b", "1 entry");
    }

    public static ResourceBundle bundle(Locale locale) {
        // the zh-CN texts are the base bundle: ask for the root locale, not zh_CN
        Locale lookup = AppLocales.EN.equals(locale) ? AppLocales.EN : Locale.ROOT;
        return ResourceBundle.getBundle(BUNDLE, lookup, NO_FALLBACK);
    }
}
