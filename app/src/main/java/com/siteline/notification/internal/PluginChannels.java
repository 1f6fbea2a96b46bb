package com.siteline.notification.internal;

import com.siteline.notification.NotificationItem;
import com.siteline.plugin.PluginFaults;
import com.siteline.plugin.PluginHost;
import com.siteline.sdk.NotificationSender;
import org.springframework.stereotype.Component;

/** Hands every notification to the senders of the started plugins; one failing sender does not stop the others. */
@Component
class PluginChannels implements NotificationChannel {

    private final PluginHost plugins;
    private final PluginFaults faults;

    PluginChannels(PluginHost plugins, PluginFaults faults) {
        this.plugins = plugins;
        this.faults = faults;
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
            } catch (RuntimeException | LinkageError e) {
                // the notice stays under the bell and goes out through the other channels
                faults.record(plugins.pluginOf(sender), "send(" + sender.channelId() + ")", e);
            }
        }
        return sent;
    }
}
