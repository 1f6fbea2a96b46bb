package com.example.windowcleaning;

import com.siteline.sdk.NotificationSender;
import com.siteline.sdk.PluginContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.pf4j.Extension;

/**
 * A third party's SMS channel. This one writes each message to the file named by the system
 * property {@code windowcleaning.sms.outbox} instead of calling an SMS gateway.
 */
@Extension
public class SmsSender implements NotificationSender {

    private final PluginContext context;

    /** The SDK's context is all an extension may ask for: here, for the host's log. */
    public SmsSender(PluginContext context) {
        this.context = context;
    }

    @Override
    public String channelId() {
        return "sms";
    }

    @Override
    public boolean send(String recipient, String email, String subject, String text) {
        if (recipient.startsWith("broken-")) {
            // a defect on purpose: the host must keep the notice and carry on
            throw new IllegalStateException("the SMS gateway refused " + recipient);
        }
        String outbox = System.getProperty("windowcleaning.sms.outbox");
        if (outbox == null) {
            return false;
        }
        try {
            Files.writeString(Path.of(outbox), recipient + ": " + text + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            context.logger().log(System.Logger.Level.INFO, "SMS to " + recipient + " written to the outbox");
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
