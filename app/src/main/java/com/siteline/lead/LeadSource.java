package com.siteline.lead;

import com.siteline.base.Keyed;

/** Where a lead came from. */
public enum LeadSource implements Keyed {
    REFERRAL,
    WALK_IN,
    PHONE,
    WEB,
    EXHIBITION,
    OTHER;

    @Override
    public String messageKey() {
        return "lead.source." + name();
    }
}
