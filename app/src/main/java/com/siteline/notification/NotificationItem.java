package com.siteline.notification;

import java.time.Instant;
import java.util.List;

/** A notification as the bell lists it. */
public record NotificationItem(long id, String recipient, Long issueId, String kind, List<String> params,
        Instant createdAt, Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }

    /** The parameters for the message, with those that are bundle keys (sla.kind.*) translated. */
    public Object[] localizedParams(java.util.function.Function<String, String> translate) {
        return params.stream().map(p -> p.startsWith("sla.kind.") ? translate.apply(p) : p).toArray();
    }

    public String messageKey() {
        return "notification.kind." + kind;
    }
}
