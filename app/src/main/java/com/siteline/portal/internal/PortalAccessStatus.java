package com.siteline.portal.internal;

import java.time.Instant;

/** Where a customer's portal access stands: invited (by whom, when, until when), revoked, last sign-in. */
public record PortalAccessStatus(
        boolean live, Instant invitedAt, String invitedBy, Instant expiresAt, Instant revokedAt, Instant lastSignIn) {}
