package com.siteline.survey;

import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.siteline.organization.RunAs;
import com.siteline.timer.RecurringTimer;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The survey sweep on the shared db-scheduler: one node at a time, every minute by default. */
@Configuration(proxyBeanMethods = false)
class SurveyTimers {

    @Bean
    RecurringTimer surveyTimer(
            SurveySweep sweep, RunAs as, Clock clock, @Value("${siteline.surveys.sweep-every:PT1M}") Duration every) {
        return () -> Tasks.recurring("survey-sweep", FixedDelay.of(every))
                .execute((instance, context) -> as.system(() -> sweep.run(clock.instant())));
    }
}
