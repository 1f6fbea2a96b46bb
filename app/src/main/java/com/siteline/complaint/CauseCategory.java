package com.siteline.complaint;

import com.siteline.base.Keyed;

/** The cause category of a complaint (原因分类), beside its root-cause text. */
public enum CauseCategory implements Keyed {
    COMMUNICATION,
    TECHNICAL,
    MANAGEMENT,
    FORCE_MAJEURE;

    @Override
    public String messageKey() {
        return "complaint.cause." + name();
    }
}
