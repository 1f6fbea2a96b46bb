package com.siteline.complaint;

import com.siteline.base.Keyed;

/** What a complaint's cause did (影响): one or more of these. */
public enum Impact implements Keyed {
    DELAY,
    COST,
    REPUTATION,
    LEGAL;

    @Override
    public String messageKey() {
        return "complaint.impact." + name();
    }
}
