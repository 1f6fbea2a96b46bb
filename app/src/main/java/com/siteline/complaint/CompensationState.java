package com.siteline.complaint;

import com.siteline.base.Keyed;

/** Where a compensation is: proposed, approved or rejected by a level that covers it, given to the customer. */
public enum CompensationState implements Keyed {
    PROPOSED,
    APPROVED,
    REJECTED,
    GIVEN;

    @Override
    public String messageKey() {
        return "compensation.state." + name();
    }
}
