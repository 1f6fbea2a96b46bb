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

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        Locale target = AppLocales.supported(locale);
        try {
            String pattern = bundle(target).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, target).format(params);
        } catch (MissingResourceException e) {
            log.warn("Missing translation '{}' for {}", key, target);
            return "!" + key;
        }
    }

    public static ResourceBundle bundle(Locale locale) {
        // the zh-CN texts are the base bundle: ask for the root locale, not zh_CN
        Locale lookup = AppLocales.EN.equals(locale) ? AppLocales.EN : Locale.ROOT;
        return ResourceBundle.getBundle(BUNDLE, lookup, NO_FALLBACK);
    }
}
