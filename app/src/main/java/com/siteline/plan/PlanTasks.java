package com.siteline.plan;

import com.siteline.base.Actors;
import com.siteline.base.InvalidInputException;
import com.siteline.base.Message;
import com.siteline.base.RefusedException;
import com.siteline.base.RowVersion;
import com.siteline.base.grid.ColumnFilter;
import com.siteline.base.grid.JpaGrid;
import com.siteline.base.grid.UnitScopedGridSource;
import com.siteline.communication.CommunicationService;
import com.siteline.communication.LogEntryRecorded;
import com.siteline.notification.Notice;
import com.siteline.notification.NotificationService;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.plan.internal.CommPlan;
import com.siteline.plan.internal.CommPlanLine;
import com.siteline.plan.internal.CommPlanRepository;
import com.siteline.plan.internal.PlanTask;
import com.siteline.plan.internal.PlanTaskGrid;
import com.siteline.plan.internal.PlanTaskRepository;
import com.siteline.plan.internal.TaskPeriods;
import com.siteline.project.ProjectService;
import com.siteline.project.ProjectSummary;
import com.siteline.project.ProjectTeam;
import com.siteline.sdk.PlanLine;
import com.siteline.sla.BusinessCalendar;
import com.siteline.sla.CalendarService;
import com.siteline.sla.UserZones;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The communication tasks the plans in force ask for. {@link #reconcile} makes a project's tasks up to today from the
 * plan in force and the project's stage history (each once: the unique key per project, line and period, so several
 * nodes or runs make none twice) and cancels the open tasks of lines a later version dropped. A task is held by the
 * record that shows it: matched when the record is made (a log entry of the line's channel on a day in the task's
 * period; a late one when exactly one task of that line is overdue; a weekly report for its week), when the task is
 * made after its record, or by its owner by hand; the owner may close it as missed with a reason. Overdue tasks tell
 * their owner, then the project's manager (or, when the manager owns the task, the unit's managers), once each.
 */
@Service
@Transactional(readOnly = true)
public class PlanTasks extends UnitScopedGridSource<PlanTask, PlanTaskRow> {

    /** Working days overdue after which the task goes to the project's manager. */
    public static final int MANAGER_AFTER = 2;

    private final PlanTaskRepository tasks;
    private final CommPlanRepository plans;
    private final ProjectService projects;
    private final CommunicationService communications;
    private final ObjectProvider<HeldRecords> records;
    private final OrganizationService organization;
    private final CalendarService calendars;
    private final NotificationService notifications;
    private final Clock clock;
    private final TransactionTemplate newTransaction;
    private final JpaGrid<PlanTask> grid;

    PlanTasks(
            PlanTaskRepository tasks,
            CommPlanRepository plans,
            ProjectService projects,
            CommunicationService communications,
            ObjectProvider<HeldRecords> records,
            OrganizationService organization,
            CalendarService calendars,
            NotificationService notifications,
            Clock clock,
            PlatformTransactionManager transactions,
            EntityManager em,
            UserZones zones) {
        super(em, organization::unitNamesOf);
        this.tasks = tasks;
        this.plans = plans;
        this.projects = projects;
        this.communications = communications;
        this.records = records;
        this.organization = organization;
        this.calendars = calendars;
        this.notifications = notifications;
        this.clock = clock;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        this.grid = new JpaGrid<>(
                        PlanTask.class,
                        PlanTaskGrid.DEFINITION,
                        zones::zoneOf,
                        (text, user) -> (root, q, cb) -> cb.or(
                                cb.like(root.get("goal"), "%" + JpaGrid.escape(text) + "%", '\\'),
                                cb.like(root.get("projectName"), "%" + JpaGrid.escape(text) + "%", '\\')))
                .bind("state", (filter, user) -> (root, q, cb) -> {
                    LocalDate today = LocalDate.now(clock.withZone(zones.zoneOf(user)));
                    List<Predicate> any = new ArrayList<>();
                    for (String value : ((ColumnFilter.Choice) filter).values()) {
                        if (value.equals(PlanTaskGrid.OVERDUE)) {
                            any.add(cb.and(
                                    cb.equal(root.get("state"), TaskState.OPEN),
                                    cb.lessThan(root.get("dueOn"), today)));
                        } else if (value.equals(TaskState.OPEN.name())) {
                            any.add(cb.and(
                                    cb.equal(root.get("state"), TaskState.OPEN),
                                    cb.greaterThanOrEqualTo(root.get("dueOn"), today)));
                        } else {
                            any.add(cb.equal(root.get("state"), TaskState.valueOf(value)));
                        }
                    }
                    return cb.or(any.toArray(Predicate[]::new));
                });
    }

    // ---- making tasks

    /** Reconciles every project with a plan in force (the timer's run); returns how many tasks this call made. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int generate() {
        int made = 0;
        for (long projectId : newTransaction.execute(tx -> plans.projectsInForce())) {
            made += reconcile(projectId);
        }
        return made;
    }

    /** A task the plan wants: the line, its period and owner. */
    private record Wanted(CommPlanLine line, TaskPeriods.Period period, String owner) {}

    /**
     * Makes the project's tasks up to today that do not exist yet, each held from the start by an unused record in its
     * period; cancels the open tasks of lines the plan in force no longer has. Returns how many this call made.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int reconcile(long projectId) {
        List<Wanted> wanted = newTransaction.execute(tx -> wanted(projectId));
        int made = 0;
        for (Wanted w : wanted) {
            if (tasks.existsByProjectIdAndLineKeyAndPeriodFirst(
                    projectId, w.line().getLineKey(), w.period().first())) {
                continue;
            }
            try {
                newTransaction.executeWithoutResult(tx -> make(projectId, w));
                made++;
            } catch (DataIntegrityViolationException madeElsewhere) {
                // another node made it, or its record holds another task meanwhile: the next run sees it
            }
        }
        return made;
    }

    private List<Wanted> wanted(long projectId) {
        Optional<CommPlan> inForce = plans.findByProjectIdAndState(projectId, PlanState.IN_FORCE);
        if (inForce.isEmpty()) {
            return List.of();
        }
        CommPlan plan = inForce.get();
        ProjectSummary project = projects.get(projectId);
        ZoneId zone = zone(plan.getBusinessUnitId());
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Set<String> keys = new HashSet<>();
        plan.getLines().forEach(l -> keys.add(l.getLineKey()));
        for (PlanTask task : tasks.findByProjectIdOrderByDueOnDescIdDesc(projectId)) {
            if (task.getState() == TaskState.OPEN && !keys.contains(task.getLineKey())) {
                task.cancelled();
            }
        }
        if (project.closed() && project.closedAt().isBefore(clock.instant().minus(java.time.Duration.ofDays(91)))) {
            return List.of();
        }
        List<TaskPeriods.Stay> stays = TaskPeriods.stays(project, projects.history(projectId), zone);
        LocalDate completedOn = project.completedAt() == null
                ? null
                : project.completedAt().atZone(zone).toLocalDate();
        List<CommPlan> approved = plans.findByProjectIdOrderByPlanVersionDesc(projectId).stream()
                .filter(p -> p.getApprovedAt() != null)
                .toList();
        List<Wanted> wanted = new ArrayList<>();
        for (CommPlanLine line : plan.getLines()) {
            Instant since = approved.stream()
                    .filter(p ->
                            p.getLines().stream().anyMatch(l -> l.getLineKey().equals(line.getLineKey())))
                    .map(CommPlan::getApprovedAt)
                    .min(Comparator.naturalOrder())
                    .orElse(plan.getApprovedAt());
            String owner = ownerOf(line, project, plan);
            for (TaskPeriods.Period period : TaskPeriods.of(
                    CommunicationPlans.line(line), since.atZone(zone).toLocalDate(), stays, completedOn, today)) {
                wanted.add(new Wanted(line, period, owner));
            }
        }
        return wanted;
    }

    private void make(long projectId, Wanted w) {
        CommPlanLine line = plans.findById(w.line().getPlan().getId()).orElseThrow().getLines().stream()
                .filter(l -> l.getLineKey().equals(w.line().getLineKey()))
                .findFirst()
                .orElseThrow();
        ProjectSummary project = projects.get(projectId);
        PlanTask task = new PlanTask(
                project.businessUnitId(),
                projectId,
                project.name(),
                line,
                w.owner(),
                w.period().first(),
                w.period().last(),
                w.period().due(),
                clock.instant());
        // a record made before its task (a report sent before the timer ran) holds it from the start
        Set<Long> used = new HashSet<>(tasks.usedRecords(projectId, task.getHeldBy()));
        ZoneId zone = zone(project.businessUnitId());
        recordsOf(project, task.getHeldBy())
                .filter(r -> !used.contains(r.id()))
                .filter(r -> task.getChannel() == null || task.getChannel() == r.channel())
                .filter(r -> !r.covers().isBefore(task.getPeriodFirst())
                        && !r.covers().isAfter(task.getPeriodLast()))
                .findFirst()
                .ifPresent(r ->
                        task.held(r.kind(), r.id(), r.at(), r.at().atZone(zone).toLocalDate(), null));
        tasks.saveAndFlush(task);
    }

    /**
     * The owner a line names: its user, or the team member in its role; else (none named, or not of the project's
     * unit, so unable to see the task) the project's manager, else the plan's author.
     */
    private String ownerOf(CommPlanLine line, ProjectSummary project, CommPlan plan) {
        ProjectTeam team = project.team();
        String member = line.getOwnerUser() != null
                ? line.getOwnerUser()
                : switch (line.getOwnerRole()) {
                    case "DESIGNER" -> team.designer();
                    case "AGENT" -> team.agent();
                    default -> team.projectManager();
                };
        if (member == null || !organization.unitNamesOf(member).containsKey(project.businessUnitId())) {
            member = team.projectManager();
        }
        return member == null ? plan.getAuthor() : member;
    }

    // ---- holding tasks

    /** A contact logged on a project holds the one task of its channel it can only belong to. */
    @EventListener
    @Transactional
    public void on(LogEntryRecorded entry) {
        if (entry.projectId() == null) {
            return;
        }
        LocalDate day = entry.occurredAt().atZone(zone(entry.businessUnitId())).toLocalDate();
        List<PlanTask> open = tasks
                .findByProjectIdAndStateAndHeldByOrderByDueOn(
                        entry.projectId(), TaskState.OPEN, PlanLine.HeldBy.LOG_ENTRY)
                .stream()
                .filter(t -> t.getChannel() == entry.channel())
                .filter(t -> !t.getPeriodFirst().isAfter(day))
                .toList();
        List<PlanTask> inPeriod =
                open.stream().filter(t -> !t.getPeriodLast().isBefore(day)).toList();
        List<PlanTask> candidates = inPeriod.isEmpty() ? open : inPeriod;
        if (candidates.size() == 1) {
            candidates.getFirst().held(PlanLine.HeldBy.LOG_ENTRY, entry.entryId(), entry.occurredAt(), day, null);
        }
    }

    /** A record another module keeps (the weekly report) holds the task of its period. */
    @EventListener
    @Transactional
    public void on(CommunicationHeld held) {
        HeldRecord record = held.record();
        tasks.findByProjectIdAndStateAndHeldByOrderByDueOn(held.projectId(), TaskState.OPEN, record.kind()).stream()
                .filter(t -> !record.covers().isBefore(t.getPeriodFirst())
                        && !record.covers().isAfter(t.getPeriodLast()))
                .findFirst()
                .ifPresent(t -> t.held(
                        record.kind(),
                        record.id(),
                        record.at(),
                        record.at().atZone(zone(t.getBusinessUnitId())).toLocalDate(),
                        null));
    }

    /** The records that may hold a task by hand: of its kind and channel, from its period on, holding no task. */
    public List<HeldRecord> candidates(long taskId) {
        PlanTask task = load(taskId);
        ProjectSummary project = projects.get(task.getProjectId());
        Set<Long> used = new HashSet<>(tasks.usedRecords(task.getProjectId(), task.getHeldBy()));
        return recordsOf(project, task.getHeldBy())
                .filter(r -> !used.contains(r.id()))
                .filter(r -> task.getChannel() == null || task.getChannel() == r.channel())
                .filter(r -> !r.covers().isBefore(task.getPeriodFirst()))
                .toList();
    }

    /**
     * The owner (or the project's manager, or a manager of the unit) holds an open task by a record.
     *
     * @throws RefusedException when the user may not, the task is not open or the record is not one of its candidates
     */
    @Transactional
    @PreAuthorize(Role.Can.WORK)
    public PlanTaskRow hold(long taskId, long expectedVersion, long recordId) {
        PlanTask task = closable(taskId, expectedVersion);
        HeldRecord record = candidates(taskId).stream()
                .filter(r -> r.id() == recordId)
                .findFirst()
                .orElseThrow(() -> new RefusedException("plan.refused.record"));
        task.held(
                record.kind(),
                record.id(),
                record.at(),
                record.at().atZone(zone(task.getBusinessUnitId())).toLocalDate(),
                Actors.current());
        return row(tasks.saveAndFlush(task));
    }

    /**
     * The owner (or the project's manager, or a manager of the unit) closes an open task as missed, saying why.
     *
     * @throws InvalidInputException when the reason is missing or too long
     */
    @Transactional
    @PreAuthorize(Role.Can.WORK)
    public PlanTaskRow miss(long taskId, long expectedVersion, String note) {
        PlanTask task = closable(taskId, expectedVersion);
        if (note == null || note.isBlank()) {
            throw new InvalidInputException(List.of("plan.error.miss-note"));
        }
        if (note.strip().length() > CommunicationPlans.NOTE_MAX) {
            throw new InvalidInputException(List.of("plan.error.note-length"));
        }
        task.missed(Actors.current(), note.strip(), clock.instant());
        return row(tasks.saveAndFlush(task));
    }

    private PlanTask closable(long taskId, long expectedVersion) {
        PlanTask task = load(taskId);
        RowVersion.check(PlanTask.class, taskId, task.getVersion(), expectedVersion);
        if (task.getState() != TaskState.OPEN) {
            throw new RefusedException("plan.refused.task-closed");
        }
        String user = Actors.current();
        boolean may = user.equals(task.getOwner())
                || user.equals(projects.get(task.getProjectId()).team().projectManager())
                || organization
                        .usersWithRole(task.getBusinessUnitId(), Role.MANAGER)
                        .contains(user);
        if (!may) {
            throw new RefusedException("plan.refused.not-owner");
        }
        return task;
    }

    private Stream<HeldRecord> recordsOf(ProjectSummary project, PlanLine.HeldBy kind) {
        if (kind == PlanLine.HeldBy.LOG_ENTRY) {
            ZoneId zone = zone(project.businessUnitId());
            return communications.ofProjectInScope(project.id()).stream()
                    .map(e -> new HeldRecord(
                            PlanLine.HeldBy.LOG_ENTRY,
                            e.id(),
                            e.channel(),
                            e.occurredAt(),
                            e.occurredAt().atZone(zone).toLocalDate(),
                            e.content().length() > 60 ? e.content().substring(0, 60) + "…" : e.content()));
        }
        return records.orderedStream().filter(r -> r.kind() == kind).flatMap(r -> r.of(project.id()).stream());
    }

    // ---- the ladder

    /**
     * The ladder (the timer's run): the day after an open task was due its owner is told; after
     * {@link #MANAGER_AFTER} working days the project's manager (the unit's managers when the manager owns it). Each
     * step once, stored on the task and keyed in the notices.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int escalate() {
        int told = 0;
        for (long id : tasks.overdue(LocalDate.now(clock.withZone(ZoneOffset.ofHours(14))))) {
            try {
                Integer sent = newTransaction.execute(
                        tx -> tasks.findById(id).map(this::climb).orElse(0));
                told += sent == null ? 0 : sent;
            } catch (ObjectOptimisticLockingFailureException changed) {
                // held or escalated meanwhile
            }
        }
        return told;
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

    // ---- reading

    /** A project's tasks, the latest due first. */
    public List<PlanTaskRow> ofProject(long projectId) {
        projects.get(projectId);
        Map<Long, String> units = organization.unitNamesOf(Actors.current());
        return tasks.findByProjectIdOrderByDueOnDescIdDesc(projectId).stream()
                .map(t -> toRow(t, units))
                .toList();
    }

    public PlanTaskRow get(long taskId) {
        return row(load(taskId));
    }

    /** Plan vs. held of a project's tasks (all of them). */
    public PlanTally tally(long projectId) {
        projects.get(projectId);
        return tally(tasks.findByProjectIdOrderByDueOnDescIdDesc(projectId).stream());
    }

    /** Plan vs. held per unit of the user's units, of the tasks due between two days (inclusive). */
    public Map<Long, PlanTally> tallies(LocalDate from, LocalDate to) {
        Map<Long, String> units = organization.unitNamesOf(Actors.current());
        Map<Long, PlanTally> byUnit = new HashMap<>();
        tasks
                .findAll((root, q, cb) ->
                        cb.and(root.get("businessUnitId").in(units.keySet()), cb.between(root.get("dueOn"), from, to)))
                .stream()
                .collect(java.util.stream.Collectors.groupingBy(PlanTask::getBusinessUnitId))
                .forEach((unit, list) -> byUnit.put(unit, tally(list.stream())));
        return byUnit;
    }

    private PlanTally tally(Stream<PlanTask> rows) {
        long[] n = new long[5];
        rows.forEach(t -> {
            LocalDate today = LocalDate.now(clock.withZone(zone(t.getBusinessUnitId())));
            switch (t.getState()) {
                case HELD -> n[0]++;
                case LATE -> n[1]++;
                case MISSED -> n[2]++;
                case OPEN -> n[t.overdue(today) ? 3 : 4]++;
                case CANCELLED -> {}
            }
        });
        return new PlanTally(n[0], n[1], n[2], n[3], n[4]);
    }

    /** The oldest week whose weekly report task of the project is open, for the report to speak for. */
    public Optional<LocalDate> reportWeekDue(long projectId) {
        projects.get(projectId);
        return tasks
                .findByProjectIdAndStateAndHeldByOrderByDueOn(projectId, TaskState.OPEN, PlanLine.HeldBy.WEEKLY_REPORT)
                .stream()
                .map(PlanTask::getPeriodFirst)
                .findFirst();
    }

    /** The user's units, id to name (the per-unit figures' rows). */
    public Map<Long, String> unitNames() {
        return organization.unitNamesOf(Actors.current());
    }

    /** A project's name for lists of plans (the project must be the user's). */
    public String projectName(long projectId) {
        return projects.get(projectId).name();
    }

    @Override
    public JpaGrid<PlanTask> grid() {
        return grid;
    }

    @Override
    protected PlanTaskRow toRow(PlanTask t, Map<Long, String> units) {
        return new PlanTaskRow(
                t.getId(),
                t.getVersion(),
                t.getBusinessUnitId(),
                units.get(t.getBusinessUnitId()),
                t.getProjectId(),
                t.getProjectName(),
                t.getLineKey(),
                t.getGoal(),
                t.getHeldBy(),
                t.getChannel(),
                t.getOwner(),
                t.getPeriodFirst(),
                t.getPeriodLast(),
                t.getDueOn(),
                t.getState(),
                t.getHeldAt(),
                t.getRecordKind(),
                t.getRecordId(),
                t.getClosedBy(),
                t.getNote(),
                t.getEscalationStep());
    }

    private PlanTaskRow row(PlanTask task) {
        return toRow(task, organization.unitNamesOf(Actors.current()));
    }

    private PlanTask load(long taskId) {
        Map<Long, String> units = organization.unitNamesOf(Actors.current());
        return tasks.findById(taskId)
                .filter(t -> units.containsKey(t.getBusinessUnitId()))
                .orElseThrow(() -> new NoSuchElementException("no plan task " + taskId));
    }

    private ZoneId zone(long businessUnitId) {
        return calendars.calendarFor(businessUnitId).zone();
    }
}
