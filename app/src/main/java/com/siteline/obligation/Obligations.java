package com.siteline.obligation;

import com.siteline.base.Actors;
import com.siteline.base.AttachmentFile;
import com.siteline.base.InputProblems;
import com.siteline.base.InvalidInputException;
import com.siteline.base.Message;
import com.siteline.base.RefusedException;
import com.siteline.base.RowSweep;
import com.siteline.base.RowVersion;
import com.siteline.base.grid.JpaGrid;
import com.siteline.base.grid.UnitScopedGridSource;
import com.siteline.notification.Notice;
import com.siteline.notification.NotificationService;
import com.siteline.obligation.internal.ObligationGrid;
import com.siteline.obligation.internal.ObligationPeriods;
import com.siteline.obligation.internal.ObligationPhoto;
import com.siteline.obligation.internal.ObligationPhotoRepository;
import com.siteline.obligation.internal.ObligationRecord;
import com.siteline.obligation.internal.ObligationSummary;
import com.siteline.obligation.internal.ObligationTask;
import com.siteline.obligation.internal.ObligationTaskRepository;
import com.siteline.organization.BusinessUnitSummary;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.plugin.VariantCatalog;
import com.siteline.project.AttachmentService;
import com.siteline.sdk.BusinessVariant;
import com.siteline.sdk.RecurringObligation;
import com.siteline.sla.BusinessCalendar;
import com.siteline.sla.CalendarService;
import com.siteline.sla.UserZones;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recurring obligations (周期性义务): each unit gets a task per period for every obligation its plugins declare
 * (the complaint summary by the 5th, the quarterly report by the 20th, a community event every quarter …),
 * made by the hourly timer; done by the record that fulfils it (a published periodic document) or recorded by a
 * manager (an event held, with attendance and evaluation); an overdue task tells the unit's managers, then the
 * administrators. Tasks are unique per unit, obligation and period, so several nodes make each once.
 */
@Service
@Transactional(readOnly = true)
public class Obligations extends UnitScopedGridSource<ObligationTask, ObligationSummary> {

    public static final int TEXT_MAX = 2000;
    /** Working days overdue after which the administrators are told. */
    public static final int ADMINS_AFTER = 3;

    private final ObligationTaskRepository tasks;
    private final org.springframework.beans.factory.ObjectProvider<FulfilmentRecords> records;
    private final OrganizationService organization;
    private final VariantCatalog catalog;
    private final CalendarService calendars;
    private final NotificationService notifications;
    private final Clock clock;
    private final TransactionTemplate newTransaction;
    private final JpaGrid<ObligationTask> grid;

    private final ObligationPhotoRepository photos;

    Obligations(
            ObligationPhotoRepository photos,
            ObligationTaskRepository tasks,
            OrganizationService organization,
            VariantCatalog catalog,
            CalendarService calendars,
            NotificationService notifications,
            Clock clock,
            PlatformTransactionManager transactions,
            EntityManager em,
            UserZones zones,
            org.springframework.beans.factory.ObjectProvider<FulfilmentRecords> records) {
        super(em, organization::unitNamesOf);
        this.records = records;
        this.photos = photos;
        this.tasks = tasks;
        this.organization = organization;
        this.catalog = catalog;
        this.calendars = calendars;
        this.notifications = notifications;
        this.clock = clock;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        this.grid = new JpaGrid<>(
                ObligationTask.class,
                ObligationGrid.DEFINITION,
                zones::zoneOf,
                (text, user) ->
                        (root, q, cb) -> cb.like(root.get("evaluation"), "%" + JpaGrid.escape(text) + "%", '\\'));
    }

    /**
     * Makes the tasks of the period that holds today (in each unit's zone) for every unit and declared obligation
     * that has none yet. Returns how many this call made (another node's are not counted).
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public int generate() {
        int made = 0;
        for (BusinessUnitSummary unit : organization.businessUnits()) {
            LocalDate today = LocalDate.now(
                    clock.withZone(calendars.calendarFor(unit.id()).zone()));
            for (String pluginId : unit.pluginIds()) {
                Optional<BusinessVariant> variant = catalog.startedVariant(pluginId);
                if (variant.isEmpty()) {
                    continue;
                }
                for (RecurringObligation obligation : variant.get().recurringObligations()) {
                    if (!obligation.appliesTo(unit.premises())) {
                        continue;
                    }
                    made += make(
                                    unit.id(),
                                    pluginId,
                                    obligation,
                                    ObligationPeriods.first(obligation.frequency(), today))
                            ? 1
                            : 0;
                }
            }
        }
        return made;
    }

    /** Makes one period's task unless it exists; true when this call made it. */
    public boolean make(long unitId, String variantId, RecurringObligation obligation, LocalDate first) {
        if (tasks.existsByBusinessUnitIdAndObligationIdAndPeriodFirst(unitId, obligation.id(), first)) {
            return false;
        }
        try {
            newTransaction.executeWithoutResult(tx -> {
                ObligationTask task = new ObligationTask(
                        unitId,
                        variantId,
                        obligation.id(),
                        first,
                        ObligationPeriods.last(obligation.frequency(), first),
                        ObligationPeriods.due(obligation, first),
                        clock.instant());
                // a record made before its task (a document published already) fulfils it from the start
                fulfilmentOf(task).ifPresent(f -> done(task, f));
                tasks.saveAndFlush(task);
            });
            return true;
        } catch (DataIntegrityViolationException madeElsewhere) {
            return false;
        }
    }

    /**
     * A unit's plan names the day an obligation's task of a period is held (the yearly event plan): the task is made
     * due that day (for a period not over yet), or an open one is moved to it; a task done already is left alone. True
     * when a task's day changed.
     */
    @Transactional
    public boolean planned(
            long unitId, String variantId, RecurringObligation obligation, LocalDate first, LocalDate day) {
        LocalDate today =
                LocalDate.now(clock.withZone(calendars.calendarFor(unitId).zone()));
        if (!ObligationPeriods.last(obligation.frequency(), first).isBefore(today)) {
            // a period to come or under way gets its task now; one that is over keeps what it had
            make(unitId, variantId, obligation, first);
        }
        // in a transaction of its own, as the task was made in one (the caller's may not see it yet)
        return Boolean.TRUE.equals(newTransaction.execute(
                tx -> tasks.findByBusinessUnitIdAndObligationIdAndPeriodFirst(unitId, obligation.id(), first)
                        .filter(t -> t.getState() == ObligationState.OPEN
                                && !t.getDueOn().equals(day))
                        .map(t -> {
                            t.plannedOn(day);
                            tasks.saveAndFlush(t);
                            return true;
                        })
                        .orElse(false)));
    }

    /** The due day of an obligation's period that holds a day (the same day its task of that period is due). */
    public static LocalDate dueInPeriodOf(RecurringObligation obligation, LocalDate day) {
        return ObligationPeriods.due(obligation, ObligationPeriods.first(obligation.frequency(), day));
    }

    /**
     * The due day of the unit's open task of an obligation whose period holds a day (a meeting held then fulfils it),
     * if there is one.
     */
    public Optional<LocalDate> openTaskOn(long businessUnitId, String obligationId, LocalDate day) {
        return tasks.openOn(businessUnitId, obligationId, day).stream()
                .map(ObligationTask::getDueOn)
                .findFirst();
    }

    /** A record that fulfils a task was made elsewhere (a published document): the task is done with it. */
    @EventListener
    @Transactional
    public void on(ObligationFulfilled fulfilled) {
        tasks.findByBusinessUnitIdAndObligationIdAndDueOn(
                        fulfilled.businessUnitId(), fulfilled.obligationId(), fulfilled.dueOn())
                .filter(t -> t.getState() == ObligationState.OPEN)
                .ifPresent(t -> done(t, fulfilled));
    }

    private void done(ObligationTask task, ObligationFulfilled fulfilled) {
        task.done(fulfilled.kind(), fulfilled.reference(), null, null, null, fulfilled.by(), clock.instant());
    }

    private Optional<ObligationFulfilled> fulfilmentOf(ObligationTask task) {
        return records.orderedStream()
                .map(r -> r.fulfilment(task.getBusinessUnitId(), task.getObligationId(), task.getDueOn()))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** The problems of a record, each on its field; none when it can be stored. */
    static InputProblems problemsOf(ObligationRecord record, ObligationSummary task, LocalDate today) {
        InputProblems problems = new InputProblems();
        if (record.kind() == null
                || record.kind() == Fulfilment.DOCUMENT
                || record.kind() == Fulfilment.MEETING
                || record.kind() == Fulfilment.SURVEY) {
            return problems.add(ObligationRecord.Field.KIND, "obligation.error.kind");
        }
        if (record.kind() == Fulfilment.EVENT) {
            if (record.heldOn() == null
                    || record.heldOn().isAfter(today)
                    || record.heldOn().isBefore(task.periodFirst())) {
                problems.add(ObligationRecord.Field.HELD_ON, "obligation.error.held-on");
            }
            if (record.attendance() == null || record.attendance() < 1 || record.attendance() > 100_000) {
                problems.add(ObligationRecord.Field.ATTENDANCE, "obligation.error.attendance");
            }
        }
        if (record.photos().size() > ObligationRecord.PHOTOS_MAX) {
            problems.add(ObligationRecord.Field.PHOTOS, "obligation.error.photos-count");
        }
        for (AttachmentFile photo : record.photos()) {
            String problem = AttachmentService.photoProblem(photo.contentType(), photo.content());
            if (problem != null) {
                problems.add(ObligationRecord.Field.PHOTOS, problem);
            }
        }
        if (record.evaluation() == null || record.evaluation().isBlank()) {
            problems.add(ObligationRecord.Field.EVALUATION, "obligation.error.evaluation");
        } else if (record.evaluation().strip().length() > TEXT_MAX) {
            problems.add(ObligationRecord.Field.EVALUATION, "obligation.error.length");
        }
        return problems;
    }

    /**
     * A manager records the task done: an event held or a note.
     *
     * @throws InvalidInputException with what to fix (nothing stored)
     */
    @Transactional
    @PreAuthorize(Role.Can.REPORT)
    public ObligationSummary record(long id, long expectedVersion, ObligationRecord record) {
        Map<Long, String> units = organization.unitNamesOf(Actors.current());
        ObligationTask task = load(id, units);
        RowVersion.check(ObligationTask.class, id, task.getVersion(), expectedVersion);
        if (task.getState() != ObligationState.OPEN) {
            throw new RefusedException("obligation.refused.done");
        }
        LocalDate today = LocalDate.now(
                clock.withZone(calendars.calendarFor(task.getBusinessUnitId()).zone()));
        problemsOf(record, summary(task, units), today).refuseIfAny();
        boolean event = record.kind() == Fulfilment.EVENT;
        Instant now = clock.instant();
        task.done(
                record.kind(),
                null,
                event ? record.heldOn() : null,
                event ? record.attendance() : null,
                record.evaluation().strip(),
                Actors.current(),
                now);
        for (AttachmentFile photo : record.photos()) {
            photos.save(new ObligationPhoto(
                    id,
                    AttachmentService.safeName(photo.fileName()),
                    photo.contentType().toLowerCase(java.util.Locale.ROOT),
                    photo.content(),
                    Actors.current(),
                    now));
        }
        return summary(tasks.saveAndFlush(task), units);
    }

    /** The photos of an event recorded on a task of the user's units (ids, in the order added). */
    public List<Long> photos(long taskId) {
        load(taskId, organization.unitNamesOf(Actors.current()));
        return photos.idsOf(taskId);
    }

    /** A photo of an event recorded on a task of the user's units. */
    public java.util.Optional<AttachmentFile> photo(long photoId) {
        Map<Long, String> units = organization.unitNamesOf(Actors.current());
        return photos.findById(photoId)
                .filter(p -> tasks.findById(p.getTaskId())
                        .filter(t -> units.containsKey(t.getBusinessUnitId()))
                        .isPresent())
                .map(p -> new AttachmentFile(p.getFileName(), p.getContentType(), p.getData()));
    }

    /**
     * The ladder (the timer's run): the day after an open task was due the unit's managers are told; after
     * {@link #ADMINS_AFTER} working days the administrators. Each step once, stored on the task.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public int escalate() {
        return RowSweep.sum(
                tasks.overdue(LocalDate.now(clock.withZone(ZoneOffset.ofHours(14)))),
                newTransaction,
                id -> tasks.findById(id).map(this::climb).orElse(0));
    }

    private int climb(ObligationTask task) {
        if (task.getState() != ObligationState.OPEN) {
            return 0;
        }
        Optional<ObligationFulfilled> fulfilled = fulfilmentOf(task);
        if (fulfilled.isPresent()) {
            // fulfilled by a record whose event did not reach this task: done, never reported overdue
            done(task, fulfilled.get());
            tasks.saveAndFlush(task);
            return 0;
        }
        BusinessCalendar calendar = calendars.calendarFor(task.getBusinessUnitId());
        LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
        if (!today.isAfter(task.getDueOn())) {
            return 0;
        }
        int step = calendar.workingDaysBetween(task.getDueOn(), today) > ADMINS_AFTER ? 2 : 1;
        if (step <= task.getEscalationStep()) {
            return 0;
        }
        int from = task.getEscalationStep() + 1;
        task.escalated(step);
        tasks.saveAndFlush(task);
        String name = name(task.getVariantId(), task.getObligationId(), Locale.SIMPLIFIED_CHINESE);
        String unit = organization.unitNameOf(task.getBusinessUnitId()).values().stream()
                .findFirst()
                .orElse("");
        int sent = 0;
        for (int s = from; s <= step; s++) {
            Set<String> recipients = new LinkedHashSet<>(
                    organization.usersWithRole(task.getBusinessUnitId(), s == 1 ? Role.MANAGER : Role.ADMIN));
            for (String user : recipients) {
                sent += notifications.send(new Notice(
                                user,
                                null,
                                s == 1 ? "OBLIGATION_OVERDUE" : "OBLIGATION_ESCALATION",
                                "obligation-" + task.getId() + "-" + s + "-" + user,
                                List.of(
                                        Message.value(name),
                                        Message.value(unit),
                                        Message.value(task.getDueOn().toString()))))
                        ? 1
                        : 0;
            }
        }
        return sent;
    }

    /** The obligation's name as its plugin declares it, in a language; its id when the plugin is not started. */
    public String name(String variantId, String obligationId, Locale locale) {
        return catalog.startedVariant(variantId).stream()
                .flatMap(v -> v.recurringObligations().stream())
                .filter(o -> o.id().equals(obligationId))
                .findFirst()
                .map(o -> o.name().get(locale))
                .orElse(obligationId);
    }

    /** The obligation ids the started plugins declare (the grid's choices). */
    public List<String> obligationIds() {
        return catalog.startedVariants().stream()
                .flatMap(v -> v.recurringObligations().stream())
                .map(RecurringObligation::id)
                .distinct()
                .toList();
    }

    public ObligationSummary get(long id) {
        Map<Long, String> units = organization.unitNamesOf(Actors.current());
        return summary(load(id, units), units);
    }

    @Override
    public JpaGrid<ObligationTask> grid() {
        return grid;
    }

    @Override
    protected ObligationSummary toRow(ObligationTask task, Map<Long, String> units) {
        return summary(task, units);
    }

    private static ObligationSummary summary(ObligationTask t, Map<Long, String> units) {
        return new ObligationSummary(
                t.getId(),
                t.getVersion(),
                t.getBusinessUnitId(),
                units.get(t.getBusinessUnitId()),
                t.getVariantId(),
                t.getObligationId(),
                t.getPeriodFirst(),
                t.getPeriodLast(),
                t.getDueOn(),
                t.getState(),
                t.getDoneAt(),
                t.getDoneBy(),
                t.getFulfilledBy(),
                t.getFulfilmentRef(),
                t.getHeldOn(),
                t.getAttendance(),
                t.getEvaluation(),
                t.getEscalationStep());
    }

    private ObligationTask load(long id, Map<Long, String> units) {
        return tasks.findById(id)
                .filter(t -> units.containsKey(t.getBusinessUnitId()))
                .orElseThrow(() -> new NoSuchElementException("no obligation task " + id));
    }
}
