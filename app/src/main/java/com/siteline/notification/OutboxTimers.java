package com.siteline.notification;

import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.siteline.notification.internal.CustomerDispatch;
import com.siteline.organization.RunAs;
import com.siteline.timer.RecurringTimer;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The customer outbox on the shared db-scheduler: every few seconds one node works through what is due (held
 * messages whose hour came, retries, fallbacks, what the sending thread had no room for), in batches, for at most
 * a minute a run.
 */
@Configuration(proxyBeanMethods = false)
class OutboxTimers {

    @Bean
    RecurringTimer customerOutboxTimer(
            CustomerDispatch dispatch,
            RunAs as,
            Clock clock,
            @Value("${siteline.channels.dispatch-every:PT5S}") Duration every) {
        return () -> Tasks.recurring("customer-outbox", FixedDelay.of(every))
                .execute((instance, context) -> as.system(() -> {
                    long until = System.nanoTime() + Duration.ofMinutes(1).toNanos();
                    while (dispatch.dispatchDue(clock.instant(), 200) == 200 && System.nanoTime() < until) {
                        // a full batch: there may be more
                    }
                }));
    }

    /** Customers' mail to the service mailbox (answers, bounces), read by one node every minute. */
    @Bean
    RecurringTimer customerMailInTimer(
            com.siteline.notification.internal.MailInbox inbox,
            RunAs as,
            @Value("${siteline.channels.mail-every:PT1M}") Duration every) {
        return () -> Tasks.recurring("customer-mail-in", FixedDelay.of(every))
                .execute((instance, context) -> as.system(inbox::poll));
    }
}
