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

    /** Campaigns below their target in their last week: their units' managers are told, every six hours, once. */
    @Bean
    RecurringTimer campaignWatchTimer(
            Campaigns campaigns,
            RunAs as,
            Clock clock,
            @Value("${siteline.surveys.campaign-watch-every:PT6H}") Duration every) {
        return () -> Tasks.recurring("campaign-watch", FixedDelay.of(every))
                .execute((instance, context) -> as.system(() -> campaigns.warnBelowTarget(
                        java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai"))))));
    }

    /** Survey campaigns drafted for their dated obligations (the mid-year and year-end surveys), every six hours. */
    @Bean
    RecurringTimer campaignDraftTimer(
            CampaignDrafts drafts, RunAs as, @Value("${siteline.surveys.campaign-draft-every:PT6H}") Duration every) {
        return () -> Tasks.recurring("campaign-drafts", FixedDelay.of(every))
                .execute((instance, context) -> as.system(() -> drafts.draftDue()));
    }
}
