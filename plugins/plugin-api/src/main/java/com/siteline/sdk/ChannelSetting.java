package com.siteline.sdk;

import java.util.Objects;

/**
 * One setting of a {@link CustomerChannel}: a secret one (password, key) is stored encrypted and never shown again
 * in full. @since 1.8
 */
public record ChannelSetting(String key, LocalizedText label, boolean secret, boolean required, String defaultValue) {

    public ChannelSetting {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        if (!key.matches("[a-z][a-zA-Z0-9.-]*")) {
            throw new IllegalArgumentException("a setting key is a short word: " + key);
        }
    }

    /** A plain setting, required, with no default. */
    public static ChannelSetting of(String key, LocalizedText label) {
        return new ChannelSetting(key, label, false, true, null);
    }

    /** A plain setting with a default (so not required to be entered). */
    public static ChannelSetting of(String key, LocalizedText label, String defaultValue) {
        return new ChannelSetting(key, label, false, false, defaultValue);
    }

    /** A required secret (password, key). */
    public static ChannelSetting secret(String key, LocalizedText label) {
        return new ChannelSetting(key, label, true, true, null);
    }
}
