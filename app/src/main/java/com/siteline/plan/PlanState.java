package com.siteline.plan;

import com.siteline.base.Keyed;

/**
 * Where a plan version is on its way to being in force: drafted, submitted for the project lead's review, reviewed
 * and waiting for a manager's approval, in force, or superseded by a later version.
 */
public enum PlanState implements Keyed {
    DRAFT,
    SUBMITTED,
    REVIEWED,
    IN_FORCE,
    SUPERSEDED;

    @Override
    public String messageKey() {
        return "plan.state." + name();
    }

    /** Waiting for someone's review or approval. */
    public boolean pending() {
        return this == SUBMITTED || this == REVIEWED;
    }
}
