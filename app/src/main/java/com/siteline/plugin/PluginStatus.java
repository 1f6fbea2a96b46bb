package com.siteline.plugin;

/**
 * What administrators see of one plugin.
 *
 * @param id       the plugin id, or the jar's file name when the jar could not even be read
 * @param version  the plugin's version, null when unknown
 * @param state    started, disabled, failed, ...
 * @param reason   why it failed, in plain words; null unless failed
 * @param requires the plugin API range it declares, null when unknown
 * @param location the jar or folder it was loaded from
 */
public record PluginStatus(String id, String version, State state, String reason, String requires, String location) {

    public enum State {
        STARTED,
        STOPPED,
        DISABLED,
        FAILED,
        RESOLVED
    }

    public boolean failed() {
        return state == State.FAILED;
    }
}
