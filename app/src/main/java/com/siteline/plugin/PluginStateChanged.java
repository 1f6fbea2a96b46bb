package com.siteline.plugin;

/** An administrator started or stopped a plugin at run time (the audit history keeps it). */
public record PluginStateChanged(String pluginId, PluginStatus.State before, PluginStatus.State after) {}
