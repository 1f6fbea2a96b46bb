package com.siteline.portal;

import java.io.Serializable;
import java.time.Instant;

/**
 * A customer signed in to the portal by link and one-time code. It is no Spring Security login: staff routes
 * never see it, and staff credentials never make one. Every portal read and step checks it again
 * ({@link PortalAccess#check}), so a revoked or run-out access ends an open session at its next click.
 */
public record PortalSession(long accessId, long customerId, String customerName, long businessUnitId, Instant since)
        implements Serializable {}
