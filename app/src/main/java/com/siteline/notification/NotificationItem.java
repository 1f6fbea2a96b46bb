package com.siteline.notification;

import com.siteline.base.Message;
import java.time.Instant;
import java.util.List;

/** A notification as the bell lists it. */
public record NotificationItem(
        long id,
        String recipient,
        Long issueId,
        String kind,
        List<Message.Arg> params,
        Instant createdAt,
        Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }

    public String messageKey() {
        return "notification.kind." + kind;
    }

    /** What it says, to be put in the reader's language and zone. */
    public Message message() {
        return new Message(messageKey(), params);
    }
}
