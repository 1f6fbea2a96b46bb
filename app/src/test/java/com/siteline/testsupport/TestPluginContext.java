package com.siteline.testsupport;

import com.siteline.sdk.PluginContext;
import java.time.Clock;
import java.util.Locale;

/** A plugin context for tests that run the plugin host without the application: words are their keys. */
public record TestPluginContext(String pluginId, Clock clock) implements PluginContext {

    public static TestPluginContext of(String pluginId) {
        return new TestPluginContext(pluginId, Clock.systemUTC());
    }

    @Override
    public String message(String key, Locale locale, Object... args) {
        return key;
    }

    @Override
    public boolean notify(String username, String dedupKey, String text) {
        return false;
    }

    @Override
    public System.Logger logger() {
        return System.getLogger("plugin." + pluginId);
    }
}
