package com.siteline.report;

import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.siteline.organization.RunAs;
import com.siteline.report.internal.ReportSubscriptions;
import com.siteline.timer.RecurringTimer;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The report module's timers on the shared db-scheduler, each run by one node at a time: drafting the
 * periodic documents whose period has ended, and sending the scheduled report emails. Both run hourly
 * and do nothing when nothing is due, so a node that was down on the 1st makes up for it.
 */
@Configuration(proxyBeanMethods = false)
class ReportTimers {

    @Bean
    RecurringTimer periodicDocumentsTimer(
            PeriodicDocuments documents, RunAs as, @Value("${siteline.reports.timer-every:PT1H}") Duration every) {
        return () -> Tasks.recurring("periodic-documents", FixedDelay.of(every))
                .execute((instance, context) -> as.system(() -> documents.draftDue()));
    }

    @Bean
    RecurringTimer reportEmailsTimer(
            ReportSubscriptions subscriptions,
            RunAs as,
            @Value("${siteline.reports.timer-every:PT1H}") Duration every) {
        return () -> Tasks.recurring("report-emails", FixedDelay.of(every))
                .execute((instance, context) -> as.system(() -> subscriptions.sendDue()));
    }
}
