package com.siteline.notification.internal;

import com.siteline.notification.NotificationChannel;
import com.siteline.notification.NotificationItem;
import com.siteline.plugin.PluginHost;
import com.siteline.sdk.NotificationSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Hands every notification to the senders of the started plugins; one failing sender does not stop the others. */
@Component
class PluginChannels implements NotificationChannel {

    private static final Logger log = LoggerFactory.getLogger(PluginChannels.class);

    private final PluginHost plugins;

    PluginChannels(PluginHost plugins) {
        this.plugins = plugins;
    }

    @Override
    public String id() {
        return "plugins";
    }

    @Override
    public boolean deliver(NotificationItem item, String recipient, String email, String subject, String text) {
        boolean sent = false;
        for (NotificationSender sender : plugins.notificationSenders()) {
            try {
                sent |= sender.send(recipient, email, subject, text);
            } catch (RuntimeException e) {
                log.warn("Plugin channel {} could not send notification {}: {}", sender.channelId(), item.id(), e.getMessage());
            }
        }
        return sent;
    }
}
