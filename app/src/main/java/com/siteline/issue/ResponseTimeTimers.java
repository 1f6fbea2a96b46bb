package com.siteline.issue;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * The response-time timer on db-scheduler: one recurring task, stored in the database, that only
 * one node runs at a time; if the node running it dies, another revives it after missed heartbeats.
 */
public final class ResponseTimeTimers {

    public static final String TASK = "response-time-sweep";

    private ResponseTimeTimers() {
    }

    public static RecurringTask<Void> task(ResponseTimeSweep sweep, Clock clock, Duration every) {
        return Tasks.recurring(TASK, FixedDelay.of(every)).execute((instance, context) -> sweep.run(clock.instant()));
    }

    /** A node's scheduler: its name, how often it polls and beats its heart. */
    public static Scheduler scheduler(DataSource dataSource, RecurringTask<Void> task, String nodeName,
            Duration polling, Duration heartbeat) {
        return scheduler(dataSource, java.util.List.of(task), nodeName, polling, heartbeat);
    }

    /** A node's scheduler for several recurring tasks (the sweep and the other modules' timers). */
    public static Scheduler scheduler(DataSource dataSource, java.util.List<RecurringTask<?>> tasks, String nodeName,
            Duration polling, Duration heartbeat) {
        return Scheduler.create(dataSource)
                .startTasks(tasks)
                .schedulerName(new SchedulerName.Fixed(nodeName))
                .threads(2)
                .pollingInterval(polling)
                .heartbeatInterval(heartbeat)
                .missedHeartbeatsLimit(4)
                .shutdownMaxWait(Duration.ofSeconds(2))
                // the columns are datetime without a zone: keep every node on UTC whatever its own zone
                .alwaysPersistTimestampInUTC()
                .build();
    }
}
