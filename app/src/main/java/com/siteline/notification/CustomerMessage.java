package com.siteline.notification;

import java.time.Instant;

/** A message to a customer as the outbox and the customer's record show it. */
public record CustomerMessage(
        long id,
        long customerId,
        String customerName,
        long businessUnitId,
        String unitName,
        String kind,
        String channel,
        String address,
        String subject,
        String body,
        Instant createdAt,
        Instant sentAt,
        MessageOutcome outcome,
        String detail,
        boolean urgent,
        int attempts,
        Instant nextAttemptAt,
        Instant deliveredAt,
        Instant repliedAt,
        Instant failedAt,
        String replyText) {}
