package com.siteline.improvement;

import com.siteline.base.Keyed;

/** An improvement action's way to done: open, implemented (waiting for its verification), verified. */
public enum ImprovementState implements Keyed {
    OPEN,
    IMPLEMENTED,
    VERIFIED;

    @Override
    public String messageKey() {
        return "improvement.state." + name();
    }
}
