package com.example.windowcleaning;

import com.siteline.sdk.NotificationSender;
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

    @Override
    public String channelId() {
        return "sms";
    }

    @Override
    public boolean send(String recipient, String email, String subject, String text) {
        String outbox = System.getProperty("windowcleaning.sms.outbox");
        if (outbox == null) {
            return false;
        }
        try {
            Files.writeString(Path.of(outbox), recipient + ": " + text + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
