package com.siteline.notification;

import java.time.Instant;

/**
 * A customer answered a message on its channel (an SMS back, a mail reply): published after it is stored, so the
 * communication log and the survey can take it up.
 *
 * @param messageId the message answered
 * @param kind      that message's kind (SURVEY: the answer may be a rating)
 * @param channel   the channel's id ({@code sms}, {@code email})
 * @param from      the customer's address on it
 */
public record CustomerReplied(
        long customerId,
        long businessUnitId,
        long messageId,
        String kind,
        String channel,
        String from,
        String text,
        Instant at) {}
