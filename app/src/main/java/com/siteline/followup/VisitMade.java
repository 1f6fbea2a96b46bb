package com.siteline.followup;

import java.time.Instant;

/** A return visit reached the customer and was recorded (published in the recording transaction). */
public record VisitMade(
        long visitId,
        long businessUnitId,
        String variantId,
        long customerId,
        String customerName,
        Long projectId,
        String subject,
        String owner,
        Instant at) {}
