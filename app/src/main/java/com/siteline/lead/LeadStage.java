package com.siteline.lead;

import com.siteline.base.Keyed;

/** A lead's stage: new, contacted, surveyed (量房/现场勘察), quoted, won (a customer now) or lost. */
public enum LeadStage implements Keyed {
    NEW,
    CONTACTED,
    SURVEYED,
    QUOTED,
    WON,
    LOST;

    @Override
    public String messageKey() {
        return "lead.stage." + name();
    }
}
