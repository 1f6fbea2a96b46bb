package com.siteline.notification;

import com.siteline.base.Message;
import com.siteline.plugin.PluginNotices;
import java.util.List;
import org.springframework.stereotype.Component;

/** A plugin's notices ({@code PluginContext.notify}) go out like the host's own: bell, email, senders. */
@Component
class PluginNoticeSink implements PluginNotices {

    private final NotificationService notifications;

    PluginNoticeSink(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public boolean notify(String pluginId, String username, String dedupKey, String text) {
        return notifications.send(
                new Notice(username, null, "PLUGIN", "plugin:" + dedupKey, List.of(Message.value(text))));
    }
}
