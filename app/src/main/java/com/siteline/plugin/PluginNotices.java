package com.siteline.plugin;

/**
 * How a plugin's {@code PluginContext.notify} reaches users: implemented by the notification module
 * (which depends on this one), so this module needs no notification code of its own.
 */
public interface PluginNotices {

    boolean notify(String pluginId, String username, String dedupKey, String text);
}
