package com.siteline.plan;

import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.siteline.organization.RunAs;
import com.siteline.project.ProjectMoved;
import com.siteline.timer.RecurringTimer;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Making the plans' tasks and escalating overdue ones: hourly on the shared db-scheduler, and for one project right
 * after its plan comes in force or it moves on a stage (after that commits; the timer catches up on a failure).
 */
@Configuration(proxyBeanMethods = false)
class PlanTimers {

    @Bean
    RecurringTimer communicationPlansTimer(
            PlanSchedule schedule,
            PlanLadder ladder,
            RunAs as,
            @Value("${siteline.plans.timer-every:PT1H}") Duration every) {
        return () -> Tasks.recurring("communication-plans", FixedDelay.of(every))
                .execute((instance, context) -> as.system(() -> {
                    schedule.generate();
                    ladder.escalate();
                }));
    }

    @Component
    static class Triggers {

        private static final Logger log = LoggerFactory.getLogger(Triggers.class);

        private final PlanSchedule schedule;
        private final RunAs as;

        Triggers(PlanSchedule schedule, RunAs as) {
            this.schedule = schedule;
            this.as = as;
        }

        @TransactionalEventListener
        void on(PlanInForce approved) {
            reconcile(approved.projectId());
        }

        @TransactionalEventListener
        void on(ProjectMoved moved) {
            reconcile(moved.projectId());
        }

        @TransactionalEventListener
        void on(com.siteline.project.StageSigned signed) {
            reconcile(signed.projectId());
        }

        private void reconcile(long projectId) {
            try {
                as.system(() -> schedule.reconcile(projectId));
            } catch (RuntimeException e) {
                log.warn("Communication tasks of project {} not made now; the timer makes them", projectId, e);
            }
        }
    }
}
