package com.siteline.obligation;

/** Open until done; an open task past its day is overdue (shown so, not stored). */
public enum ObligationState {
    OPEN,
    DONE;

    public String messageKey() {
        return "obligation.state." + name();
    }
}
