package com.siteline.meeting;

import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.siteline.organization.RunAs;
import com.siteline.timer.RecurringTimer;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Reminding of planned meetings and action items past their day: hourly on the shared db-scheduler. */
@Configuration(proxyBeanMethods = false)
class MeetingTimers {

    @Bean
    RecurringTimer meetingsTimer(
            PlannedMeetings meetings, RunAs as, @Value("${siteline.meetings.timer-every:PT1H}") Duration every) {
        return () -> Tasks.recurring("meetings", FixedDelay.of(every))
                .execute((instance, context) -> as.system(meetings::remind));
    }
}
