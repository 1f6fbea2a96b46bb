package com.siteline.followup.internal;

import java.time.Instant;
import java.time.LocalDate;

/** A line of a holiday greeting list as the grid and its panel show it. */
public record GreetingSummary(
        long id,
        long version,
        long businessUnitId,
        String unitName,
        String occasion,
        LocalDate occasionOn,
        long customerId,
        String customerName,
        GreetingState state,
        String note,
        String doneBy,
        Instant doneAt,
        String preparedBy) {}
