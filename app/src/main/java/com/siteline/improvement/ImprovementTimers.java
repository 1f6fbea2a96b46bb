package com.siteline.improvement;

import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.siteline.organization.RunAs;
import com.siteline.timer.RecurringTimer;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Escalating overdue improvement actions: hourly on the shared db-scheduler. */
@Configuration(proxyBeanMethods = false)
class ImprovementTimers {

    @Bean
    RecurringTimer improvementsTimer(
            Improvements improvements, RunAs as, @Value("${siteline.improvements.timer-every:PT1H}") Duration every) {
        return () -> Tasks.recurring("improvements", FixedDelay.of(every))
                .execute((instance, context) -> as.system(improvements::escalate));
    }
}
