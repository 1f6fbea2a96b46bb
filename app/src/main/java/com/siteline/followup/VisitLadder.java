package com.siteline.followup;

import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.siteline.base.Message;
import com.siteline.followup.internal.ReturnVisit;
import com.siteline.followup.internal.ReturnVisitRepository;
import com.siteline.notification.Notice;
import com.siteline.notification.NotificationService;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.organization.RunAs;
import com.siteline.sla.BusinessCalendar;
import com.siteline.sla.CalendarService;
import com.siteline.timer.RecurringTimer;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The escalation ladder of overdue return visits, on the shared db-scheduler (one node at a time): the day
 * after a visit was due its owner is told (the unit's managers when it has none); three working days later
 * the managers are. Each step is stored on the visit and each notice deduplicated, so nothing is said twice.
 */
@Configuration(proxyBeanMethods = false)
public class VisitLadder {

    /** Working days overdue after which the managers are told. */
    public static final int MANAGERS_AFTER = 3;

    private final ReturnVisitRepository visits;
    private final CalendarService calendars;
    private final OrganizationService organization;
    private final NotificationService notifications;
    private final Clock clock;
    private final TransactionTemplate transaction;

    VisitLadder(
            ReturnVisitRepository visits,
            CalendarService calendars,
            OrganizationService organization,
            NotificationService notifications,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.visits = visits;
        this.calendars = calendars;
        this.organization = organization;
        this.notifications = notifications;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Bean
    static RecurringTimer returnVisitLadderTimer(
            VisitLadder ladder, RunAs as, @Value("${siteline.visits.ladder-every:PT1H}") Duration every) {
        return () -> Tasks.recurring("return-visit-ladder", FixedDelay.of(every))
                .execute((instance, context) -> as.system(ladder::run));
    }

    /** One run: the visits overdue today, each moved up the ladder as far as it has come. Returns the notices. */
    public int run() {
        int told = 0;
        LocalDate latest = LocalDate.now(clock.withZone(ZoneOffset.ofHours(14)));
        for (long id : visits.overdue(latest, PageRequest.of(0, 1000))) {
            try {
                Integer sent = transaction.execute(
                        tx -> visits.findById(id).map(this::climb).orElse(0));
                told += sent == null ? 0 : sent;
            } catch (ObjectOptimisticLockingFailureException changed) {
                // recorded or escalated meanwhile: the next run sees it as it is now
            }
        }
        return told;
    }

    private int climb(ReturnVisit visit) {
        if (visit.getState() != VisitState.DUE) {
            return 0;
        }
        BusinessCalendar calendar = calendars.calendarFor(visit.getBusinessUnitId());
        LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
        if (!today.isAfter(visit.getDueOn())) {
            return 0;
        }
        int step = workingDaysBetween(visit.getDueOn(), today, calendar) > MANAGERS_AFTER ? 2 : 1;
        if (step <= visit.getEscalationStep()) {
            return 0;
        }
        List<String> managers = organization.usersWithRole(visit.getBusinessUnitId(), Role.MANAGER);
        int from = visit.getEscalationStep() + 1;
        visit.escalated(step);
        visits.saveAndFlush(visit);
        int sent = 0;
        // each step not yet taken, in order: the owner (managers when none), then the managers
        for (int s = from; s <= step; s++) {
            Set<String> recipients = new LinkedHashSet<>();
            if (s == 1 && visit.getOwner() != null) {
                recipients.add(visit.getOwner());
            } else {
                recipients.addAll(managers);
            }
            String kind = s == 1 ? "VISIT_OVERDUE" : "VISIT_ESCALATION";
            for (String user : recipients) {
                sent += notifications.send(new Notice(
                                user,
                                null,
                                kind,
                                "visit-" + visit.getId() + "-" + s + "-" + visit.getDueOn() + "-" + user,
                                List.of(
                                        Message.value(visit.getCustomerName()),
                                        Message.value(visit.getSubject()),
                                        Message.value(visit.getDueOn().toString()))))
                        ? 1
                        : 0;
            }
        }
        return sent;
    }

    /** Working days after {@code from} up to and including {@code to}. */
    static int workingDaysBetween(LocalDate from, LocalDate to, BusinessCalendar calendar) {
        return calendar.workingDaysBetween(from, to);
    }
}
