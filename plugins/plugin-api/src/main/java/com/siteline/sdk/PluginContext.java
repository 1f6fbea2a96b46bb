package com.siteline.sdk;

import java.time.Clock;
import java.util.Locale;

/**
 * What Siteline hands a plugin: all an extension may ask for in its constructor (besides nothing at
 * all). An extension that names any other type in its constructor fails to load, with the reason shown
 * to administrators; plugins never reach the host's internals. @since 1.3
 */
public interface PluginContext {

    /** The plugin's id, as in its manifest. */
    String pluginId();

    /** The host's clock: use it for "now", so tests and time zones agree with the host. */
    Clock clock();

    /**
     * The host's words for a key of its message bundle, in a language (zh-CN or English), with arguments
     * as {@link java.text.MessageFormat} takes them; the key itself when the bundle has no such key.
     */
    String message(String key, Locale locale, Object... args);

    /**
     * Tells a user something: shown under their bell and sent through every channel (email, the plugins'
     * senders). A notice with the same {@code dedupKey} is sent once, however often it is asked for.
     *
     * @return whether this call sent it (false: it was sent before)
     */
    boolean notify(String username, String dedupKey, String text);

    /** A logger named after the plugin, writing to the host's log. */
    System.Logger logger();
}
