package com.siteline.issue;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.siteline.timer.NodeScheduler;
import com.siteline.timer.RecurringTimer;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * The response-time timer on db-scheduler: one recurring task, stored in the database, that only
 * one node runs at a time; if the node running it dies, another revives it after missed heartbeats.
 */
public final class ResponseTimeTimers {

    public static final String TASK = "response-time-sweep";

    private ResponseTimeTimers() {}

    public static RecurringTask<Void> task(ResponseTimeSweep sweep, Clock clock, Duration every) {
        return Tasks.recurring(TASK, FixedDelay.of(every)).execute((instance, context) -> sweep.run(clock.instant()));
    }

    /** A node's scheduler with the sweep alone (the two-node tests run it so). */
    public static Scheduler scheduler(
            DataSource dataSource, RecurringTask<Void> task, String nodeName, Duration polling, Duration heartbeat) {
        return NodeScheduler.of(dataSource, java.util.List.of(task), nodeName, polling, heartbeat);
    }

    /** The sweep as one of the node's timers, every {@code siteline.timers.every} (30 s by default). */
    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class SweepTimer {

        @org.springframework.context.annotation.Bean
        RecurringTimer responseTimeSweepTimer(
                ResponseTimeSweep sweep,
                Clock clock,
                @org.springframework.beans.factory.annotation.Value("${siteline.timers.every:PT30S}") Duration every) {
            return () -> task(sweep, clock, every);
        }
    }
}
