package com.siteline.followup;

/** Where a return visit stands. */
public enum VisitState {
    /** to be made (again, after an attempt that did not reach the customer) */
    DUE,
    /** made: the customer was reached and the outcome recorded */
    DONE,
    /** no longer wanted (staff decided; e.g. the customer moved away) */
    CANCELLED;

    public String messageKey() {
        return "visit.state." + name();
    }
}
