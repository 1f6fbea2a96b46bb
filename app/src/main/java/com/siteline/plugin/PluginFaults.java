package com.siteline.plugin;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What went wrong in a started plugin at run time: a hook ({@code validate}, {@code derive}) or a
 * notification sender that threw. The core carries on without the plugin's part (a form is saved with its
 * own checks, a notice stays under the bell) and administrators see the latest fault per plugin on the
 * Plugins page and the administration landing until the plugin is restarted.
 */
@Component
public class PluginFaults {

    private static final Logger log = LoggerFactory.getLogger(PluginFaults.class);

    /** One fault: when, in which hook, and what the plugin threw. */
    public record Fault(Instant at, String hook, String message) {}

    private final Clock clock;
    private final Map<String, Fault> latest = new ConcurrentHashMap<>();

    PluginFaults(Clock clock) {
        this.clock = clock;
    }

    public void record(String pluginId, String hook, Throwable thrown) {
        Throwable root = thrown;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        log.error("Plugin {} failed in {}; the core carried on without it", pluginId, hook, thrown);
        latest.put(pluginId, new Fault(clock.instant(), hook, message));
    }

    public Optional<Fault> latest(String pluginId) {
        return Optional.ofNullable(latest.get(pluginId));
    }

    /** Forgets a plugin's faults (it was restarted). */
    void clear(String pluginId) {
        latest.remove(pluginId);
    }
}
