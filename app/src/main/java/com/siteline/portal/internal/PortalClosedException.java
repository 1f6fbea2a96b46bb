package com.siteline.portal.internal;

/** The portal session no longer works: the access was revoked, ran out, or never existed. */
public class PortalClosedException extends RuntimeException {

    public PortalClosedException() {
        super("portal access ended");
    }
}
