package com.siteline.plan;

import com.siteline.base.Keyed;

/**
 * A communication task's state: open (overdue when past its day), held on time, held late, closed as missed with a
 * reason, or cancelled because a later plan dropped its line.
 */
public enum TaskState implements Keyed {
    OPEN,
    HELD,
    LATE,
    MISSED,
    CANCELLED;

    @Override
    public String messageKey() {
        return "plan.task.state." + name();
    }
}
