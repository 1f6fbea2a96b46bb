package com.siteline.notification.internal;

/**
 * A way to reach customers (email ships with the core; an SMS or WeChat gateway is another bean of this
 * type). Channels are tried in order until one takes the message.
 */
public interface CustomerChannel {

    /** A short name for the outbox ("email", "sms"). */
    String id();

    /**
     * Sends one message, or returns null when this channel cannot reach the customer.
     *
     * @return the address it went to, or null
     */
    String deliver(String email, String phone, String subject, String body);
}
