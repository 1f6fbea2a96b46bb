package com.siteline.sdk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of this API. The host hands it to PF4J as the system version, so a plugin whose
 * {@code Plugin-Requires} range excludes it is refused instead of failing later with a linkage error.
 */
public final class PluginApi {

    /** Semantic version of the plugin API, taken from the build (one source of truth: the parent pom). */
    public static final String VERSION = readVersion();

    private PluginApi() {}

    private static String readVersion() {
        try (InputStream in = PluginApi.class.getResourceAsStream("plugin-api.properties")) {
            if (in == null) {
                throw new IllegalStateException("plugin-api.properties missing from the plugin-api jar");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
