package com.siteline.audit;

import com.siteline.plugin.PluginStateChanged;
import java.util.List;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Plugin state lives in the plugin host, not in an entity: its changes are recorded when they are announced. */
@Component
class PluginAudit {

    private final AuditTrail trail;

    PluginAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(PluginStateChanged event) {
        trail.record(
                "plugin",
                event.pluginId(),
                event.pluginId(),
                null,
                null,
                AuditAction.UPDATE,
                List.of(new AuditChange("state", "PluginState", name(event.before()), name(event.after()))));
    }

    private static String name(Enum<?> state) {
        return state == null ? null : state.name().toLowerCase(Locale.ROOT);
    }
}
