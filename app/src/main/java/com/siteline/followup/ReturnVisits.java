package com.siteline.followup;

import com.siteline.base.Actors;
import com.siteline.base.InputProblems;
import com.siteline.base.InvalidInputException;
import com.siteline.base.RefusedException;
import com.siteline.base.RowVersion;
import com.siteline.base.grid.ColumnFilter;
import com.siteline.base.grid.JpaGrid;
import com.siteline.base.grid.TextIndex;
import com.siteline.base.grid.UnitScopedGridSource;
import com.siteline.followup.internal.ReturnVisit;
import com.siteline.followup.internal.ReturnVisitRepository;
import com.siteline.followup.internal.VisitGrid;
import com.siteline.followup.internal.VisitOutcome;
import com.siteline.issue.IssueDetails;
import com.siteline.issue.IssueService;
import com.siteline.issue.NewIssue;
import com.siteline.job.JobCompleted;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.plugin.VariantCatalog;
import com.siteline.project.FieldError;
import com.siteline.project.FormRules;
import com.siteline.project.FormValidationException;
import com.siteline.project.ProjectCompleted;
import com.siteline.sdk.FieldSpec;
import com.siteline.sdk.FollowUpSchedule;
import com.siteline.sdk.FormSpec;
import com.siteline.sdk.IssueType;
import com.siteline.sdk.Urgency;
import com.siteline.sla.BusinessCalendar;
import com.siteline.sla.CalendarService;
import com.siteline.sla.UserZones;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Return visits (回访): made from the plugins' follow-up schedules when their trigger happens (a project passes
 * completion acceptance), due on a working day of the unit's calendar, owned by the project's agent (else the
 * unit's queue), listed in the {@code return-visits} grid; each attempt is recorded, a problem found raises a
 * linked issue in the same step. Overdue visits climb {@link VisitLadder}.
 */
@Service
@Transactional(readOnly = true)
public class ReturnVisits extends UnitScopedGridSource<ReturnVisit, VisitSummary> {

    public static final int TEXT_MAX = 1000;

    private final ReturnVisitRepository visits;
    private final VariantCatalog catalog;
    private final tools.jackson.databind.json.JsonMapper json;
    private final CalendarService calendars;
    private final OrganizationService organization;
    private final IssueService issues;
    private final ComplaintRevisits complaints;
    private final Clock clock;
    private final JpaGrid<ReturnVisit> grid;

    private final org.springframework.context.ApplicationEventPublisher publisher;

    ReturnVisits(
            ReturnVisitRepository visits,
            VariantCatalog catalog,
            CalendarService calendars,
            OrganizationService organization,
            @Lazy IssueService issues,
            ComplaintRevisits complaints,
            Clock clock,
            EntityManager em,
            UserZones zones,
            TextIndex textIndex,
            org.springframework.context.ApplicationEventPublisher publisher,
            tools.jackson.databind.json.JsonMapper json) {
        super(em, organization::unitNamesOf);
        this.json = json;
        this.publisher = publisher;
        this.visits = visits;
        this.catalog = catalog;
        this.calendars = calendars;
        this.organization = organization;
        this.issues = issues;
        this.complaints = complaints;
        this.clock = clock;
        this.grid = new JpaGrid<>(
                        ReturnVisit.class,
                        VisitGrid.DEFINITION,
                        zones::zoneOf,
                        (text, user) -> (root, q, cb) -> cb.or(
                                cb.like(root.get("customerName"), "%" + JpaGrid.escape(text) + "%", '\\'),
                                cb.like(root.get("subject"), "%" + JpaGrid.escape(text) + "%", '\\')))
                .indexedBy(textIndex, "customerName", "subject");
        this.grid.bind(
                "satisfaction",
                (filter, user) -> (root, q, cb) -> root.get("satisfaction")
                        .in(((ColumnFilter.Choice) filter)
                                .values().stream().map(Integer::valueOf).toList()));
    }

    /** A project passed completion: its variant's schedules after completion start (in the same transaction). */
    @EventListener
    @Transactional
    public void on(ProjectCompleted completed) {
        BusinessCalendar calendar = calendars.calendarFor(completed.businessUnitId());
        schedule(completed, completed.completedAt().atZone(calendar.zone()).toLocalDate());
    }

    /**
     * Makes the visits of a completed project's schedules, counted from the day it completed; a visit made
     * before (same project, schedule and offset) is not made again. Returns how many were made.
     */
    @Transactional
    public int schedule(ProjectCompleted completed, LocalDate completedOn) {
        List<FollowUpSchedule> schedules = catalog.startedVariant(completed.variantId()).stream()
                .flatMap(v -> v.followUpSchedules().stream())
                .filter(s -> s.trigger() == FollowUpSchedule.Trigger.PROJECT_COMPLETED)
                .toList();
        if (schedules.isEmpty()) {
            return 0;
        }
        BusinessCalendar calendar = calendars.calendarFor(completed.businessUnitId());
        Instant now = clock.instant();
        int made = 0;
        for (FollowUpSchedule schedule : schedules) {
            for (int i = 0; i < schedule.offsets().size(); i++) {
                Period offset = schedule.offsets().get(i);
                String key = "project:" + completed.projectId() + ":" + schedule.id() + ":" + (i + 1);
                if (visits.existsBySourceKey(key)) {
                    continue;
                }
                visits.save(new ReturnVisit(
                        key,
                        completed.businessUnitId(),
                        completed.variantId(),
                        schedule.id(),
                        i + 1,
                        offset.toString(),
                        completed.customerId(),
                        completed.customerName() == null ? "" : completed.customerName(),
                        completed.projectId(),
                        completed.projectName(),
                        completed.agent(),
                        VisitDates.due(completedOn, offset, calendar),
                        now));
                made++;
            }
        }
        return made;
    }

    /** A repair or housekeeping job was confirmed done: the variant's schedules after a job start. */
    @EventListener
    @Transactional
    public void on(JobCompleted job) {
        BusinessCalendar calendar = calendars.calendarFor(job.businessUnitId());
        LocalDate day = job.confirmedAt().atZone(calendar.zone()).toLocalDate();
        List<FollowUpSchedule> schedules = job.variantId() == null
                ? List.of()
                : catalog.startedVariant(job.variantId()).stream()
                        .flatMap(v -> v.followUpSchedules().stream())
                        .filter(s -> s.trigger() == FollowUpSchedule.Trigger.JOB_COMPLETED)
                        .toList();
        Instant now = clock.instant();
        for (FollowUpSchedule schedule : schedules) {
            for (int i = 0; i < schedule.offsets().size(); i++) {
                Period offset = schedule.offsets().get(i);
                String key = "job:" + job.jobId() + ":" + schedule.id() + ":" + (i + 1);
                if (!visits.existsBySourceKey(key)) {
                    visits.save(new ReturnVisit(
                            key,
                            job.businessUnitId(),
                            job.variantId(),
                            schedule.id(),
                            i + 1,
                            offset.toString(),
                            job.customerId(),
                            job.customerName(),
                            job.projectId(),
                            job.title(),
                            job.owner(),
                            VisitDates.due(day, offset, calendar),
                            now));
                }
            }
        }
    }

    @Override
    public JpaGrid<ReturnVisit> grid() {
        return grid;
    }

    @Override
    protected VisitSummary toRow(ReturnVisit v, Map<Long, String> units) {
        return summary(v, units);
    }

    static VisitSummary summary(ReturnVisit v, Map<Long, String> units) {
        return new VisitSummary(
                v.getId(),
                v.getVersion(),
                v.getBusinessUnitId(),
                units.get(v.getBusinessUnitId()),
                v.getVariantId(),
                v.getScheduleId(),
                v.getSequence(),
                v.getOffsetText(),
                v.getCustomerId(),
                v.getCustomerName(),
                v.getProjectId(),
                v.getSubject(),
                v.getOwner(),
                v.getPlannedOn(),
                v.getDueOn(),
                v.getState(),
                v.getAttempts(),
                v.getLastAttemptAt(),
                v.getChannel(),
                v.getSatisfaction(),
                v.getRemarks(),
                v.getProblems(),
                v.getRaisedIssueId(),
                v.getDoneAt(),
                v.getDoneBy(),
                v.getEscalationStep());
    }

    public VisitSummary get(long id) {
        Map<Long, String> units = organization.unitNamesOf(Actors.current());
        return summary(load(id, units), units);
    }

    /** A project's visits in schedule order (the project page). */
    public List<VisitSummary> ofProject(long projectId) {
        Map<Long, String> units = organization.unitNamesOf(Actors.current());
        return visits.findByProjectIdOrderBySequenceAsc(projectId).stream()
                .filter(v -> units.containsKey(v.getBusinessUnitId()))
                .map(v -> summary(v, units))
                .toList();
    }

    /** A customer's visits, soonest due first (the customer's record). */
    public List<VisitSummary> ofCustomer(long customerId) {
        Map<Long, String> units = organization.unitNamesOf(Actors.current());
        return visits.findByCustomerIdOrderByDueOnAsc(customerId).stream()
                .filter(v -> units.containsKey(v.getBusinessUnitId()))
                .map(v -> summary(v, units))
                .toList();
    }

    /** Due visits of these units on or before a day (the overview's tile). */
    public long dueBy(Collection<Long> units, LocalDate day) {
        return units.isEmpty() ? 0 : visits.dueBy(units, day);
    }

    /** The problems of an outcome, each on its field; none when it can be stored. */
    public InputProblems problemsOf(VisitOutcome outcome, LocalDate today) {
        InputProblems problems = new InputProblems();
        if (outcome.channel() == null) {
            problems.add(VisitOutcome.Field.CHANNEL, "visit.error.channel");
        }
        if (outcome.reached()) {
            if (outcome.satisfaction() == null || outcome.satisfaction() < 1 || outcome.satisfaction() > 5) {
                problems.add(VisitOutcome.Field.SATISFACTION, "visit.error.satisfaction");
            }
            if (outcome.raiseIssue() && blank(outcome.problems())) {
                problems.add(VisitOutcome.Field.PROBLEMS, "visit.error.problems");
            }
        } else if (outcome.retryOn() == null || outcome.retryOn().isBefore(today)) {
            problems.add(VisitOutcome.Field.RETRY_ON, "visit.error.retry");
        }
        return problems.maxLength(VisitOutcome.Field.REMARKS, outcome.remarks(), TEXT_MAX, "visit.error.length")
                .maxLength(VisitOutcome.Field.PROBLEMS, outcome.problems(), TEXT_MAX, "visit.error.length");
    }

    /**
     * Records an attempt: not reached moves the visit to the day to try again; reached closes it with its outcome,
     * and a problem to raise becomes a linked issue of the customer (and project) in the same transaction.
     *
     * @throws InvalidInputException with what to fix (nothing stored)
     */
    @Transactional
    @PreAuthorize(Role.Can.WORK)
    public VisitSummary record(long id, long expectedVersion, VisitOutcome outcome) {
        String username = Actors.current();
        Map<Long, String> units = organization.unitNamesOf(username);
        ReturnVisit visit = load(id, units);
        RowVersion.check(ReturnVisit.class, id, visit.getVersion(), expectedVersion);
        if (visit.getState() != VisitState.DUE) {
            throw new RefusedException("visit.refused.not-due");
        }
        LocalDate today = LocalDate.now(
                clock.withZone(calendars.calendarFor(visit.getBusinessUnitId()).zone()));
        InputProblems problems = problemsOf(outcome, today);
        if (outcome.raiseIssue() && visit.getCustomerId() == null) {
            problems.add(VisitOutcome.Field.RAISE_ISSUE, "visit.error.no-customer");
        }
        problems.refuseIfAny();
        java.util.Optional<FormSpec> form = formOf(visit.getVariantId(), visit.getScheduleId());
        if (outcome.reached() && form.isPresent()) {
            List<FieldError> errors = FormRules.check(form.get(), outcome.form());
            if (!errors.isEmpty()) {
                throw new FormValidationException(errors);
            }
            Map<String, Object> kept = new java.util.LinkedHashMap<>();
            form.get().sections().stream()
                    .flatMap(s -> s.fields().stream())
                    .map(FieldSpec::id)
                    .filter(fieldId -> outcome.form().get(fieldId) != null)
                    .forEach(fieldId -> kept.put(fieldId, outcome.form().get(fieldId)));
            visit.formAnswered(form.get().id(), form.get().version(), json.writeValueAsString(kept));
        }
        Instant now = clock.instant();
        if (!outcome.reached()) {
            visit.notReached(outcome.channel(), outcome.retryOn(), trim(outcome.remarks()), now);
        } else {
            Long raised = null;
            if (outcome.raiseIssue()) {
                String text = outcome.problems().strip();
                IssueDetails issue = issues.create(new NewIssue(
                        visit.getCustomerId(),
                        visit.getProjectId(),
                        text.length() > 100 ? text.substring(0, 100) : text,
                        text,
                        IssueType.REPAIR_REQUEST,
                        "after-sales",
                        Urgency.NORMAL));
                raised = issue.id();
            }
            visit.done(
                    outcome.channel(),
                    outcome.satisfaction(),
                    trim(outcome.remarks()),
                    trim(outcome.problems()),
                    raised,
                    username,
                    now);
            if (visit.getSourceKey().startsWith(ComplaintRevisits.COMPLAINT)) {
                complaints.revisited(visit.getSourceKey(), outcome);
            }
            if (visit.getCustomerId() != null) {
                publisher.publishEvent(new VisitMade(
                        visit.getId(),
                        visit.getBusinessUnitId(),
                        visit.getVariantId(),
                        visit.getCustomerId(),
                        visit.getCustomerName(),
                        visit.getProjectId(),
                        visit.getSubject(),
                        visit.getOwner(),
                        now));
            }
        }
        return summary(visits.saveAndFlush(visit), units);
    }

    /**
     * The variant's own form for a visit of this schedule (SDK 1.4 {@code FollowUpSchedule.formId}), when its
     * plugin is started and declares one.
     */
    public java.util.Optional<FormSpec> formOf(String variantId, String scheduleId) {
        return catalog.startedVariant(variantId)
                .flatMap(v -> v.followUpSchedules().stream()
                        .filter(s -> s.id().equals(scheduleId) && s.formId() != null)
                        .findFirst()
                        .flatMap(s -> v.forms().stream()
                                .filter(f -> f.id().equals(s.formId()))
                                .findFirst()));
    }

    /** The answers a done visit gave to its form (field id to value), empty when it has none. */
    @PreAuthorize(Role.Can.WORK)
    @Transactional(readOnly = true)
    public Map<String, Object> formAnswers(long id) {
        ReturnVisit visit = load(id, organization.unitNamesOf(Actors.current()));
        if (visit.getFormAnswers() == null) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> answers = json.readValue(visit.getFormAnswers(), Map.class);
        return answers;
    }

    /** Staff decide a visit is not to be made. */
    @Transactional
    @PreAuthorize(Role.Can.TRIAGE)
    public VisitSummary cancel(long id, long expectedVersion) {
        String username = Actors.current();
        Map<Long, String> units = organization.unitNamesOf(username);
        ReturnVisit visit = load(id, units);
        RowVersion.check(ReturnVisit.class, id, visit.getVersion(), expectedVersion);
        if (visit.getState() != VisitState.DUE) {
            throw new RefusedException("visit.refused.not-due");
        }
        visit.cancel(username, clock.instant());
        return summary(visits.saveAndFlush(visit), units);
    }

    private ReturnVisit load(long id, Map<Long, String> units) {
        return visits.findById(id)
                .filter(v -> units.containsKey(v.getBusinessUnitId()))
                .orElseThrow(() -> new NoSuchElementException("no return visit " + id));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static int length(String text) {
        return text == null ? 0 : text.strip().length();
    }

    private static String trim(String text) {
        return blank(text) ? null : text.strip();
    }
}
