package com.siteline.timer;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;

/**
 * A node's db-scheduler for the modules' recurring tasks: stored in the database ({@code scheduled_tasks}), each
 * execution run by one node, taken over by another after missed heartbeats.
 */
public final class NodeScheduler {

    private NodeScheduler() {}

    /** A node's scheduler: its name, how often it polls and beats its heart. */
    public static Scheduler of(
            DataSource dataSource,
            List<RecurringTask<?>> tasks,
            String nodeName,
            Duration polling,
            Duration heartbeat) {
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
