package com.siteline.issue;

import java.time.Instant;

/** A time an issue waited on the customer, and why (the core's "customer" or a plugin's reason id). */
public record PauseSpan(Instant from, Instant to, String reason, boolean ongoing) {}
