package com.siteline.notification;

import com.siteline.base.Keyed;

/** What became of a message to a customer. */
public enum MessageOutcome implements Keyed {
    /** stored, not yet handed to a channel (the transaction that wrote it has not committed) */
    PENDING,
    /** a channel took it */
    SENT,
    /** no channel could reach the customer (no address, no gateway configured): kept in the outbox only */
    KEPT,
    /** the channel refused it; the detail says why */
    FAILED;

    @Override
    public String messageKey() {
        return "outbox.outcome." + name();
    }
}
