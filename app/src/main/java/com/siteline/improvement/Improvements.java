package com.siteline.improvement;

import com.siteline.base.Actors;
import com.siteline.base.InputProblems;
import com.siteline.base.InvalidInputException;
import com.siteline.base.Message;
import com.siteline.base.RefusedException;
import com.siteline.base.RowSweep;
import com.siteline.base.RowVersion;
import com.siteline.base.grid.JpaGrid;
import com.siteline.base.grid.UnitScopedGridSource;
import com.siteline.improvement.internal.Improvement;
import com.siteline.improvement.internal.ImprovementGrid;
import com.siteline.improvement.internal.ImprovementRepository;
import com.siteline.notification.Notice;
import com.siteline.notification.NotificationService;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.sla.BusinessCalendar;
import com.siteline.sla.CalendarService;
import com.siteline.sla.UserZones;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Improvement actions (改进措施) of the user's units: raised in one step from what showed the shortcoming (a closed
 * complaint, a poor survey answer, a report's row, a campaign's result, a post-project review), implemented by their
 * owner, verified by a manager of the unit other than the owner (who checked that it worked, when) or reopened when it
 * did not work. An open action past its day tells its owner, after {@link #MANAGERS_AFTER} working days the unit's
 * managers; each step once.
 */
@Service
@Transactional(readOnly = true)
public class Improvements extends UnitScopedGridSource<Improvement, ImprovementRow> {

    public static final int TEXT_MAX = 1000;
    public static final int LABEL_MAX = 200;
    /** Working days overdue after which the unit's managers are told. */
    public static final int MANAGERS_AFTER = 3;

    private final ImprovementRepository improvements;
    private final OrganizationService organization;
    private final NotificationService notifications;
    private final CalendarService calendars;
    private final Clock clock;
    private final TransactionTemplate newTransaction;
    private final JpaGrid<Improvement> grid;

    Improvements(
            ImprovementRepository improvements,
            OrganizationService organization,
            NotificationService notifications,
            CalendarService calendars,
            UserZones zones,
            Clock clock,
            PlatformTransactionManager transactions,
            EntityManager em) {
        super(em, organization::unitNamesOf);
        this.improvements = improvements;
        this.organization = organization;
        this.notifications = notifications;
        this.calendars = calendars;
        this.clock = clock;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        this.grid = new JpaGrid<>(
                Improvement.class,
                ImprovementGrid.DEFINITION,
                zones::zoneOf,
                (text, user) -> (root, q, cb) -> cb.or(
                        cb.like(root.get("measure"), "%" + JpaGrid.escape(text) + "%", '\\'),
                        cb.like(root.get("cause"), "%" + JpaGrid.escape(text) + "%", '\\'),
                        cb.like(root.get("sourceLabel"), "%" + JpaGrid.escape(text) + "%", '\\')));
    }

    /**
     * Raises an improvement action.
     *
     * @throws InvalidInputException naming each field to fix; nothing is stored
     */
    @Transactional
    @PreAuthorize(Role.Can.WORK)
    public ImprovementRow raise(NewImprovement input) {
        String user = Actors.current();
        InputProblems problems = new InputProblems();
        Long unit = input.businessUnitId();
        if (unit == null || !organization.unitNamesOf(user).containsKey(unit)) {
            problems.add(NewImprovement.Field.BUSINESS_UNIT_ID, "improvement.error.unit");
        }
        if (input.source() == null) {
            problems.add(NewImprovement.Field.SOURCE, "improvement.error.source");
        }
        if (input.sourceLabel() == null || input.sourceLabel().isBlank()) {
            problems.add(NewImprovement.Field.SOURCE_LABEL, "improvement.error.source-label");
        }
        problems.maxLength(
                NewImprovement.Field.SOURCE_LABEL, input.sourceLabel(), LABEL_MAX, "improvement.error.label-length");
        if (input.cause() == null || input.cause().isBlank()) {
            problems.add(NewImprovement.Field.CAUSE, "improvement.error.cause");
        }
        problems.maxLength(NewImprovement.Field.CAUSE, input.cause(), TEXT_MAX, "improvement.error.length");
        if (input.measure() == null || input.measure().isBlank()) {
            problems.add(NewImprovement.Field.MEASURE, "improvement.error.measure");
        }
        problems.maxLength(NewImprovement.Field.MEASURE, input.measure(), TEXT_MAX, "improvement.error.length");
        if (input.owner() == null
                || unit == null
                || !organization.unitNamesOf(input.owner()).containsKey(unit)) {
            problems.add(NewImprovement.Field.OWNER, "improvement.error.owner");
        }
        LocalDate today = LocalDate.now(clock.withZone(unit == null ? ZoneOffset.UTC : zone(unit)));
        if (input.dueOn() == null || input.dueOn().isBefore(today)) {
            problems.add(NewImprovement.Field.DUE_ON, "improvement.error.due");
        }
        problems.refuseIfAny();
        Improvement saved = improvements.saveAndFlush(new Improvement(
                unit,
                input.source(),
                input.sourceId(),
                input.sourceLabel().strip(),
                input.cause().strip(),
                input.measure().strip(),
                input.owner(),
                input.dueOn(),
                user,
                clock.instant()));
        if (!input.owner().equals(user)) {
            notifications.send(new Notice(
                    input.owner(),
                    null,
                    "IMPROVEMENT_RAISED",
                    "improvement-raised-" + saved.getId(),
                    List.of(
                            Message.value(saved.getMeasure()),
                            Message.value(saved.getDueOn().toString()))));
        }
        return row(saved);
    }

    /**
     * The owner (or a manager of the unit) says the measure is in place, with what was done.
     *
     * @throws RefusedException when the user may not or the action is not open
     */
    @Transactional
    @PreAuthorize(Role.Can.WORK)
    public ImprovementRow implemented(long id, long expectedVersion, String note) {
        Improvement improvement = load(id, expectedVersion);
        String user = Actors.current();
        if (!user.equals(improvement.getOwner()) && !managerOf(improvement, user)) {
            throw new RefusedException("improvement.refused.not-owner");
        }
        if (improvement.getState() != ImprovementState.OPEN) {
            throw new RefusedException("improvement.refused.state");
        }
        text(note);
        improvement.implemented(note.strip(), clock.instant());
        return row(improvements.saveAndFlush(improvement));
    }

    /**
     * A manager of the unit other than the owner checks whether the measure worked: verified, or open again.
     *
     * @throws RefusedException when the user is the owner or no manager of the unit, or the action is not implemented
     */
    @Transactional
    @PreAuthorize(Role.Can.REPORT)
    public ImprovementRow verify(long id, long expectedVersion, boolean works, String note) {
        Improvement improvement = load(id, expectedVersion);
        String user = Actors.current();
        if (!managerOf(improvement, user)) {
            throw new RefusedException("improvement.refused.not-manager");
        }
        if (user.equals(improvement.getOwner())) {
            throw new RefusedException("improvement.refused.own");
        }
        if (improvement.getState() != ImprovementState.IMPLEMENTED) {
            throw new RefusedException("improvement.refused.state");
        }
        text(note);
        improvement.verified(works, user, note.strip(), clock.instant());
        return row(improvements.saveAndFlush(improvement));
    }

    private static void text(String note) {
        if (note == null || note.isBlank()) {
            throw new InvalidInputException(List.of("improvement.error.note"));
        }
        if (note.strip().length() > TEXT_MAX) {
            throw new InvalidInputException(List.of("improvement.error.length"));
        }
    }

    /**
     * The ladder (the timer's run): the day after an open action was due its owner is told; after
     * {@link #MANAGERS_AFTER} working days the unit's managers. Each step once.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int escalate() {
        return RowSweep.sum(
                improvements.overdue(LocalDate.now(clock.withZone(ZoneOffset.ofHours(14)))),
                newTransaction,
                id -> improvements.findById(id).map(this::climb).orElse(0));
    }

    private int climb(Improvement improvement) {
        if (improvement.getState() != ImprovementState.OPEN) {
            return 0;
        }
        BusinessCalendar calendar = calendars.calendarFor(improvement.getBusinessUnitId());
        LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
        if (!today.isAfter(improvement.getDueOn())) {
            return 0;
        }
        int step = calendar.workingDaysBetween(improvement.getDueOn(), today) > MANAGERS_AFTER ? 2 : 1;
        if (step <= improvement.getEscalationStep()) {
            return 0;
        }
        int from = improvement.getEscalationStep() + 1;
        improvement.escalated(step);
        improvements.saveAndFlush(improvement);
        int sent = 0;
        for (int s = from; s <= step; s++) {
            Set<String> recipients = new LinkedHashSet<>(
                    s == 1
                            ? List.of(improvement.getOwner())
                            : organization.usersWithRole(improvement.getBusinessUnitId(), Role.MANAGER));
            for (String user : recipients) {
                sent += notifications.send(new Notice(
                                user,
                                null,
                                s == 1 ? "IMPROVEMENT_OVERDUE" : "IMPROVEMENT_ESCALATION",
                                "improvement-" + improvement.getId() + "-" + s + "-" + user,
                                List.of(
                                        Message.value(improvement.getMeasure()),
                                        Message.value(improvement.getDueOn().toString()))))
                        ? 1
                        : 0;
            }
        }
        return sent;
    }

    /**
     * A unit's improvement actions for a period's document: raised in [from, to), verified in it, and of those raised
     * before {@code to} the ones not verified as this is read, and of these the ones past their due day by
     * {@code lastDay}.
     */
    public record Tally(int raised, int verified, int open, int overdue) {}

    public Tally tally(long businessUnitId, java.time.Instant from, java.time.Instant to, LocalDate lastDay) {
        return new Tally(
                (int) improvements.raisedBetween(businessUnitId, from, to),
                (int) improvements.verifiedBetween(businessUnitId, from, to),
                (int) improvements.openRaisedBefore(businessUnitId, to),
                (int) improvements.overdueRaisedBefore(businessUnitId, to, lastDay));
    }

    /** The actions raised from one record (a complaint's issue, a review's meeting), the latest first. */
    public List<ImprovementRow> ofSource(ImprovementSource source, long sourceId) {
        Map<Long, String> units = organization.unitNamesOf(Actors.current());
        return improvements.findBySourceAndSourceIdOrderByIdDesc(source, sourceId).stream()
                .map(i -> toRow(i, units))
                .toList();
    }

    public ImprovementRow get(long id) {
        Improvement improvement =
                improvements.findById(id).orElseThrow(() -> new NoSuchElementException("no improvement " + id));
        return row(improvement);
    }

    /** The users of a unit (the owner choices). */
    public List<String> usersOf(long unitId) {
        Set<String> users = new java.util.TreeSet<>();
        for (Role role : Role.values()) {
            users.addAll(organization.usersWithRole(unitId, role));
        }
        return List.copyOf(users);
    }

    private boolean managerOf(Improvement improvement, String user) {
        return organization
                .usersWithRole(improvement.getBusinessUnitId(), Role.MANAGER)
                .contains(user);
    }

    private Improvement load(long id, long expectedVersion) {
        Improvement improvement =
                improvements.findById(id).orElseThrow(() -> new NoSuchElementException("no improvement " + id));
        RowVersion.check(Improvement.class, id, improvement.getVersion(), expectedVersion);
        return improvement;
    }

    private java.time.ZoneId zone(long unit) {
        return calendars.calendarFor(unit).zone();
    }

    @Override
    public JpaGrid<Improvement> grid() {
        return grid;
    }

    private ImprovementRow row(Improvement i) {
        return toRow(i, organization.unitNameOf(i.getBusinessUnitId()));
    }

    @Override
    protected ImprovementRow toRow(Improvement i, Map<Long, String> units) {
        return new ImprovementRow(
                i.getId(),
                i.getVersion(),
                i.getBusinessUnitId(),
                units.get(i.getBusinessUnitId()),
                i.getSource(),
                i.getSourceId(),
                i.getSourceLabel(),
                i.getCause(),
                i.getMeasure(),
                i.getOwner(),
                i.getDueOn(),
                i.getState(),
                i.getRaisedBy(),
                i.getRaisedAt(),
                i.getImplementedAt(),
                i.getImplementedNote(),
                i.getVerifiedBy(),
                i.getVerifiedAt(),
                i.getVerification());
    }
}
