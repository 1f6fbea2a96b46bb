package com.siteline.followup.internal;

import com.siteline.base.Keyed;

/** Where a holiday greeting stands. */
public enum GreetingState implements Keyed {
    /** on the list, not yet greeted */
    WAITING,
    /** the greeting went out as a message (the outbox holds it) */
    SENT,
    /** greeted by phone (or in person), with a note */
    CALLED,
    /** left out this time (staff decided), with why */
    SKIPPED;

    @Override
    public String messageKey() {
        return "greeting.state." + name();
    }
}
