package com.siteline.plan;

import com.siteline.base.Message;
import com.siteline.base.RowSweep;
import com.siteline.notification.Notice;
import com.siteline.notification.NotificationService;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.plan.internal.PlanTask;
import com.siteline.plan.internal.PlanTaskRepository;
import com.siteline.project.ProjectService;
import com.siteline.sla.BusinessCalendar;
import com.siteline.sla.CalendarService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** The communication tasks' ladder: an overdue task tells its owner, then the project's manager, once each. */
@Service
public class PlanLadder {

    /** Working days overdue after which the task goes to the project's manager. */
    public static final int MANAGER_AFTER = 2;

    private final PlanTaskRepository tasks;
    private final ProjectService projects;
    private final OrganizationService organization;
    private final CalendarService calendars;
    private final NotificationService notifications;
    private final Clock clock;
    private final TransactionTemplate newTransaction;

    PlanLadder(
            PlanTaskRepository tasks,
            ProjectService projects,
            OrganizationService organization,
            CalendarService calendars,
            NotificationService notifications,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.tasks = tasks;
        this.projects = projects;
        this.organization = organization;
        this.calendars = calendars;
        this.notifications = notifications;
        this.clock = clock;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * The ladder (the timer's run): the day after an open task was due its owner is told; after
     * {@link #MANAGER_AFTER} working days the project's manager (the unit's managers when the manager owns it). Each
     * step once, stored on the task and keyed in the notices.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int escalate() {
        return RowSweep.sum(
                tasks.overdue(LocalDate.now(clock.withZone(ZoneOffset.ofHours(14)))),
                newTransaction,
                id -> tasks.findById(id).map(this::climb).orElse(0));
    }

    private int climb(PlanTask task) {
        if (task.getState() != TaskState.OPEN) {
            return 0;
        }
        BusinessCalendar calendar = calendars.calendarFor(task.getBusinessUnitId());
        LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
        if (!today.isAfter(task.getDueOn())) {
            return 0;
        }
        int step = calendar.workingDaysBetween(task.getDueOn(), today) > MANAGER_AFTER ? 2 : 1;
        if (step <= task.getEscalationStep()) {
            return 0;
        }
        int from = task.getEscalationStep() + 1;
        task.escalated(step);
        tasks.saveAndFlush(task);
        String manager = projects.get(task.getProjectId()).team().projectManager();
        int sent = 0;
        for (int s = from; s <= step; s++) {
            Set<String> recipients = new LinkedHashSet<>();
            if (s == 1) {
                recipients.add(task.getOwner());
            } else if (manager != null && !manager.equals(task.getOwner())) {
                recipients.add(manager);
            } else {
                recipients.addAll(organization.usersWithRole(task.getBusinessUnitId(), Role.MANAGER));
            }
            for (String user : recipients) {
                sent += notifications.send(new Notice(
                                user,
                                null,
                                s == 1 ? "PLAN_TASK_OVERDUE" : "PLAN_TASK_ESCALATION",
                                "plan-task-" + task.getId() + "-" + s + "-" + user,
                                List.of(
                                        Message.value(task.getGoal()),
                                        Message.value(task.getProjectName()),
                                        Message.value(task.getDueOn().toString()))))
                        ? 1
                        : 0;
            }
        }
        return sent;
    }
}
