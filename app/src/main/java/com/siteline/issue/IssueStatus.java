package com.siteline.issue;

import com.siteline.base.Keyed;
import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of a customer issue: identify → classify → assign → handle (with pauses while
 * waiting for the customer) → feedback to the customer → close (by a reviewer, not the handler) →
 * revisit. Anything else is refused.
 */
public enum IssueStatus implements Keyed {
    IDENTIFIED,
    CLASSIFIED,
    ASSIGNED,
    IN_PROGRESS,
    WAITING_CUSTOMER,
    FEEDBACK_GIVEN,
    CLOSED,
    REVISITED;

    @Override
    public String messageKey() {
        return "issue.status." + name();
    }

    public Set<IssueStatus> next() {
        return switch (this) {
            case IDENTIFIED -> EnumSet.of(CLASSIFIED);
            case CLASSIFIED -> EnumSet.of(ASSIGNED);
            case ASSIGNED -> EnumSet.of(IN_PROGRESS);
            case IN_PROGRESS -> EnumSet.of(WAITING_CUSTOMER, FEEDBACK_GIVEN);
            case WAITING_CUSTOMER -> EnumSet.of(IN_PROGRESS);
            case FEEDBACK_GIVEN -> EnumSet.of(IN_PROGRESS, CLOSED);
            case CLOSED -> EnumSet.of(REVISITED);
            case REVISITED -> EnumSet.noneOf(IssueStatus.class);
        };
    }

    public boolean canMoveTo(IssueStatus target) {
        return next().contains(target);
    }

    /** Open until closed: open issues are the agents' work. */
    public boolean isOpen() {
        return this != CLOSED && this != REVISITED;
    }

    public static Set<IssueStatus> open() {
        return EnumSet.range(IDENTIFIED, FEEDBACK_GIVEN);
    }
}
