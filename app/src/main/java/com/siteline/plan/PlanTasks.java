package com.siteline.plan;

import com.siteline.base.Actors;
import com.siteline.base.InvalidInputException;
import com.siteline.base.RefusedException;
import com.siteline.base.RowVersion;
import com.siteline.base.grid.ColumnFilter;
import com.siteline.base.grid.JpaGrid;
import com.siteline.base.grid.UnitScopedGridSource;
import com.siteline.communication.CommunicationService;
import com.siteline.communication.LogEntryRecorded;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.plan.internal.PlanTask;
import com.siteline.plan.internal.PlanTaskGrid;
import com.siteline.plan.internal.PlanTaskRepository;
import com.siteline.project.ProjectService;
import com.siteline.project.ProjectSummary;
import com.siteline.sdk.PlanLine;
import com.siteline.sla.CalendarService;
import com.siteline.sla.UserZones;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The communication tasks the plans in force ask for ({@link PlanSchedule} makes them). A task is held by the
 * record that shows it: matched when the record is made (a log entry of the line's channel on a day in the task's
 * period; a late one when exactly one task of that line is overdue; a weekly report for its week), when the task is
 * made after its record, or by its owner by hand; the owner may close it as missed with a reason. Overdue tasks climb
 * the {@link PlanLadder}.
 */
@Service
@Transactional(readOnly = true)
public class PlanTasks extends UnitScopedGridSource<PlanTask, PlanTaskRow> {

    private final PlanTaskRepository tasks;
    private final ProjectService projects;
    private final CommunicationService communications;
    private final ObjectProvider<HeldRecords> records;
    private final OrganizationService organization;
    private final CalendarService calendars;
    private final Clock clock;
    private final JpaGrid<PlanTask> grid;
    private final org.springframework.context.ApplicationEventPublisher events;

    PlanTasks(
            PlanTaskRepository tasks,
            ProjectService projects,
            CommunicationService communications,
            ObjectProvider<HeldRecords> records,
            OrganizationService organization,
            CalendarService calendars,
            Clock clock,
            EntityManager em,
            UserZones zones,
            org.springframework.context.ApplicationEventPublisher events) {
        super(em, organization::unitNamesOf);
        this.events = events;
        this.tasks = tasks;
        this.projects = projects;
        this.communications = communications;
        this.records = records;
        this.organization = organization;
        this.calendars = calendars;
        this.clock = clock;
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
            held(candidates.getFirst(), PlanLine.HeldBy.LOG_ENTRY, entry.entryId(), entry.occurredAt(), day, null);
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
                .ifPresent(t -> held(
                        t,
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
        held(
                task,
                record.kind(),
                record.id(),
                record.at(),
                record.at().atZone(zone(task.getBusinessUnitId())).toLocalDate(),
                Actors.current());
        return row(tasks.saveAndFlush(task));
    }

    /** A task held by a record; one that asks the customer to confirm receipt says so ({@link ReceiptAsked}). */
    void held(PlanTask task, PlanLine.HeldBy kind, long record, Instant at, LocalDate day, String by) {
        task.held(kind, record, at, day, by);
        if (task.isConfirmReceipt()) {
            events.publishEvent(
                    new ReceiptAsked(task.getId(), task.getProjectId(), task.getProjectName(), task.getGoal(), kind));
        }
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

    /** The project's records of a kind (log entries of the project, or those another module keeps), oldest first. */
    Stream<HeldRecord> recordsOf(ProjectSummary project, PlanLine.HeldBy kind) {
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
        Map<Long, PlanTally> byUnit = new HashMap<>();
        // counted by the database, per unit (each unit's "today" in its own zone)
        for (long unit : organization.unitNamesOf(Actors.current()).keySet()) {
            LocalDate today = LocalDate.now(clock.withZone(zone(unit)));
            long[] n = new long[5];
            for (Object[] row : tasks.counts(unit, from, to)) {
                long count = ((Number) row[1]).longValue();
                switch ((TaskState) row[0]) {
                    case HELD -> n[0] += count;
                    case LATE -> n[1] += count;
                    case MISSED -> n[2] += count;
                    case OPEN -> n[4] += count;
                    case CANCELLED -> {}
                }
            }
            if (n[4] > 0) {
                n[3] = tasks.overdueCount(unit, from, to, today);
                n[4] -= n[3];
            }
            if (n[0] + n[1] + n[2] + n[3] + n[4] > 0) {
                byUnit.put(unit, new PlanTally(n[0], n[1], n[2], n[3], n[4]));
            }
        }
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
                t.getEscalationStep(),
                t.isConfirmReceipt(),
                t.getReceiptConfirmedAt());
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

    ZoneId zone(long businessUnitId) {
        return calendars.calendarFor(businessUnitId).zone();
    }
}
