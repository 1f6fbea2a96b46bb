package com.siteline.training;

import com.siteline.base.Keyed;

/** A training session planned, or held with its attendance recorded. */
public enum TrainingState implements Keyed {
    PLANNED,
    HELD;

    @Override
    public String messageKey() {
        return "training.state." + name();
    }
}
