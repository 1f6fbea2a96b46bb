package com.siteline.job;

/** A repair job's steps: requested → dispatched → on site → completed → confirmed by the customer. */
public enum JobState {
    REQUESTED,
    DISPATCHED,
    ON_SITE,
    COMPLETED,
    CONFIRMED,
    CANCELLED;

    public String messageKey() {
        return "job.state." + name();
    }

    public boolean open() {
        return this != CONFIRMED && this != CANCELLED;
    }
}
