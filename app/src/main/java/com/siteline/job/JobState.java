package com.siteline.job;

import com.siteline.base.Keyed;

/** A repair job's steps: requested → dispatched → on site → completed → confirmed by the customer. */
public enum JobState implements Keyed {
    REQUESTED,
    DISPATCHED,
    ON_SITE,
    COMPLETED,
    CONFIRMED,
    CANCELLED;

    @Override
    public String messageKey() {
        return "job.state." + name();
    }

    public boolean open() {
        return this != CONFIRMED && this != CANCELLED;
    }
}
