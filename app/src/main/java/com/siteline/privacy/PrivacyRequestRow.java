package com.siteline.privacy;

import java.time.Instant;

/**
 * An erasure request as the screens show it. {@code customerName} is the name as it is now ("[已删除]" once done);
 * {@code summary} says what the erasure changed, without any of the values it removed.
 */
public record PrivacyRequestRow(
        long id,
        long version,
        long customerId,
        String customerName,
        long businessUnitId,
        String source,
        PrivacyStatus status,
        String reason,
        String requestedBy,
        Instant requestedAt,
        String decidedBy,
        Instant decidedAt,
        String decisionNote,
        String summary) {}
