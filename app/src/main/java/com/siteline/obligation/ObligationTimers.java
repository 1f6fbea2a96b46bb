package com.siteline.obligation;

import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.siteline.organization.RunAs;
import com.siteline.timer.RecurringTimer;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Making the period's obligation tasks and escalating overdue ones: hourly on the shared db-scheduler. */
@Configuration(proxyBeanMethods = false)
class ObligationTimers {

    @Bean
    RecurringTimer obligationsTimer(
            Obligations obligations, RunAs as, @Value("${siteline.obligations.timer-every:PT1H}") Duration every) {
        return () -> Tasks.recurring("obligations", FixedDelay.of(every))
                .execute((instance, context) -> as.system(() -> {
                    obligations.generate();
                    obligations.escalate();
                }));
    }
}
