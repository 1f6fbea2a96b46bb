package com.siteline.retention;

import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import com.siteline.organization.RunAs;
import com.siteline.timer.RecurringTimer;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The daily retention sweep on the shared scheduler: one node runs each day's (after the backup). */
@Configuration(proxyBeanMethods = false)
class RetentionTimers {

    @Bean
    RecurringTimer retentionTimer(
            Retention retention,
            RunAs as,
            @Value("${siteline.retention.daily-at:03:30}") LocalTime at,
            @Value("${siteline.backup.zone:Asia/Shanghai}") ZoneId zone) {
        return () -> Tasks.recurring("retention", Schedules.daily(zone, at))
                .execute((instance, context) -> as.system(() -> retention.sweep()));
    }
}
