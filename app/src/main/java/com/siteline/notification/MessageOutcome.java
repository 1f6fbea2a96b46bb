package com.siteline.notification;

import com.siteline.base.Keyed;

/** Where a message to a customer stands: queued, held, sent, delivered, replied, failed or kept. */
public enum MessageOutcome implements Keyed {
    /** queued: waiting for the outbox timer (or for its next try after a refusal) */
    PENDING,
    /** held back by the rules (quiet hours, the daily cap) until the time its detail says */
    HELD,
    /** a channel took it (or recorded it, in record-only mode) */
    SENT,
    /** the gateway's receipts say it reached the customer */
    DELIVERED,
    /** the customer answered it on its channel */
    REPLIED,
    /** no channel could reach the customer (no address, no channel in use, the customer opted out): kept only */
    KEPT,
    /** every channel that could reach the customer failed; staff were told */
    FAILED;

    /** Whether the outbox still has work to do on it. */
    public boolean waiting() {
        return this == PENDING || this == HELD;
    }

    @Override
    public String messageKey() {
        return "outbox.outcome." + name();
    }
}
