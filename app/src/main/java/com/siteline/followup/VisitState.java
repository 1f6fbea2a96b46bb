package com.siteline.followup;

import com.siteline.base.Keyed;

/** Where a return visit stands. */
public enum VisitState implements Keyed {
    /** to be made (again, after an attempt that did not reach the customer) */
    DUE,
    /** made: the customer was reached and the outcome recorded */
    DONE,
    /** no longer wanted (staff decided; e.g. the customer moved away) */
    CANCELLED;

    @Override
    public String messageKey() {
        return "visit.state." + name();
    }
}
