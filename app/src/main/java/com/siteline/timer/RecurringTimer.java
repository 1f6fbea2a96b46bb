package com.siteline.timer;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;

/**
 * A module's recurring job on the shared db-scheduler (table {@code scheduled_tasks}): one node runs each
 * execution, another takes over when that node dies. A module declares one as a bean.
 */
public interface RecurringTimer {

    RecurringTask<?> task();
}
