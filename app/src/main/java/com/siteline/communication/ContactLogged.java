package com.siteline.communication;

import java.time.Instant;

/** Published when a contact with the customer is logged on an issue: it answers or updates it. */
public record ContactLogged(long issueId, Instant occurredAt) {}
