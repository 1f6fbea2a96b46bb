package com.siteline.plugin;

import com.siteline.base.SitelineI18NProvider;
import com.siteline.sdk.PluginContext;
import java.time.Clock;
import java.util.Locale;
import java.util.function.Supplier;

/** The context one plugin's extensions get: the host's clock, words, notices and log, nothing else. */
record HostPluginContext(String pluginId, Clock clock, SitelineI18NProvider i18n, Supplier<PluginNotices> notices)
        implements PluginContext {

    @Override
    public String message(String key, Locale locale, Object... args) {
        String text = i18n.getTranslation(key, locale, args);
        return text.equals("!" + key) ? key : text;
    }

    @Override
    public boolean notify(String username, String dedupKey, String text) {
        PluginNotices sink = notices.get();
        return sink != null && sink.notify(pluginId, username, pluginId + ":" + dedupKey, text);
    }

    @Override
    public System.Logger logger() {
        return System.getLogger("plugin." + pluginId);
    }
}
