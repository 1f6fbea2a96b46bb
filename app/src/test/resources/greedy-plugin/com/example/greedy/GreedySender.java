package com.example.greedy;

import com.siteline.sdk.NotificationSender;
import javax.sql.DataSource;
import org.pf4j.Extension;

/** Asks for the host's DataSource through its constructor: not something the SDK offers. */
@Extension
public class GreedySender implements NotificationSender {

    private final DataSource database;

    public GreedySender(DataSource database) {
        this.database = database;
    }

    @Override
    public String channelId() {
        return "greedy";
    }

    @Override
    public boolean send(String recipient, String email, String subject, String text) {
        return database != null;
    }
}
