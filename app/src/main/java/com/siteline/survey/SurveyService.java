package com.siteline.survey;

import com.siteline.base.Actors;
import com.siteline.base.Message;
import com.siteline.base.RefusedException;
import com.siteline.base.RowVersion;
import com.siteline.base.grid.ColumnFilter;
import com.siteline.base.grid.JpaGrid;
import com.siteline.base.grid.UnitScopedGridSource;
import com.siteline.followup.VisitMade;
import com.siteline.issue.IssueClosed;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.project.ProjectCompleted;
import com.siteline.sdk.SurveyTemplate;
import com.siteline.sla.UserZones;
import com.siteline.survey.internal.SurveyCodec;
import com.siteline.survey.internal.SurveyGrid;
import com.siteline.survey.internal.SurveyRequest;
import com.siteline.survey.internal.SurveyRequestRepository;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Satisfaction surveys (满意度调查) as staff see them: one is scheduled when a case is closed (at most one per
 * case, however often it is reopened and closed again), listed in the {@code surveys} grid, skipped for a case
 * or answered for the customer from a phone call. Sending is {@link SurveySweep}'s, the link's answer
 * {@link SurveyAnswers}'.
 */
@Service
@Transactional(readOnly = true)
public class SurveyService extends UnitScopedGridSource<SurveyRequest, SurveySummary> {

    private final SurveyRequestRepository requests;
    private final SurveyTemplates templates;
    private final SurveySettings settings;
    private final SurveyCodec codec;
    private final SurveyAnswers answers;
    private final OrganizationService organization;
    private final Clock clock;
    private final JpaGrid<SurveyRequest> grid;

    SurveyService(
            SurveyRequestRepository requests,
            SurveyTemplates templates,
            SurveySettings settings,
            SurveyCodec codec,
            SurveyAnswers answers,
            OrganizationService organization,
            Clock clock,
            EntityManager em,
            UserZones zones) {
        super(em, organization::unitNamesOf);
        this.requests = requests;
        this.templates = templates;
        this.settings = settings;
        this.codec = codec;
        this.answers = answers;
        this.organization = organization;
        this.clock = clock;
        this.grid = new JpaGrid<>(
                SurveyRequest.class,
                SurveyGrid.DEFINITION,
                zones::zoneOf,
                (text, user) -> (root, q, cb) -> cb.or(
                        cb.like(root.get("customerName"), "%" + JpaGrid.escape(text) + "%", '\\'),
                        cb.like(root.get("subject"), "%" + JpaGrid.escape(text) + "%", '\\')));
        this.grid.bind(
                "rating",
                (filter, user) -> (root, q, cb) -> root.get("rating")
                        .in(((ColumnFilter.Choice) filter)
                                .values().stream().map(Integer::valueOf).toList()));
    }

    /**
     * A case was closed: its survey is scheduled after the delay. A case closed again after a reopening keeps
     * the survey it has: one still waiting is rescheduled from this close, one sent or answered is not repeated.
     */
    @EventListener
    @Transactional
    public void on(IssueClosed closed) {
        Instant due = closed.closedAt().plus(settings.delay());
        requests.findByIssueId(closed.issueId())
                .ifPresentOrElse(
                        existing -> {
                            if (existing.getState() == SurveyState.SCHEDULED) {
                                existing.dueAt(due);
                            }
                        },
                        () -> requests.save(new SurveyRequest(
                                closed.customerId(),
                                closed.customerName(),
                                closed.businessUnitId(),
                                closed.variantId(),
                                closed.issueId(),
                                closed.title(),
                                closed.assignee(),
                                SurveyTrigger.ISSUE_CLOSED,
                                SurveyTemplates.CASE_CLOSED,
                                templates.caseClosed().version(),
                                due,
                                clock.instant())));
    }

    /**
     * A project passed its completion acceptance: where its variant declares a completion survey, one is scheduled
     * after the delay (once per project), asked of its customer through the same sweep, link and throttling.
     */
    @EventListener
    @Transactional
    public void on(ProjectCompleted completed) {
        if (completed.customerId() == null
                || requests.existsByProjectIdAndTrigger(completed.projectId(), SurveyTrigger.PROJECT_COMPLETED)) {
            return;
        }
        templates.completion(completed.variantId()).ifPresent(template -> {
            SurveyRequest request = new SurveyRequest(
                    completed.customerId(),
                    completed.customerName() == null ? "" : completed.customerName(),
                    completed.businessUnitId(),
                    completed.variantId(),
                    null,
                    completed.projectName(),
                    completed.agent(),
                    SurveyTrigger.PROJECT_COMPLETED,
                    template.id(),
                    template.version(),
                    completed.completedAt().plus(settings.delay()),
                    clock.instant());
            request.forProject(completed.projectId());
            requests.save(request);
        });
    }

    /**
     * A return visit reached the customer: the core's service survey is scheduled after the delay (once per visit),
     * sent by the same sweep with the same link and per-customer throttling, so a customer asked lately is not asked
     * again.
     */
    @EventListener
    @Transactional
    public void on(VisitMade made) {
        if (requests.existsByVisitId(made.visitId())) {
            return;
        }
        SurveyRequest request = new SurveyRequest(
                made.customerId(),
                made.customerName() == null ? "" : made.customerName(),
                made.businessUnitId(),
                made.variantId(),
                null,
                made.subject(),
                made.owner(),
                SurveyTrigger.RETURN_VISIT,
                SurveyTemplates.CASE_CLOSED,
                templates.caseClosed().version(),
                made.at().plus(settings.delay()),
                clock.instant());
        request.forVisit(made.visitId());
        request.forProject(made.projectId());
        requests.save(request);
    }

    @Override
    public JpaGrid<SurveyRequest> grid() {
        return grid;
    }

    @Override
    protected SurveySummary toRow(SurveyRequest entity, Map<Long, String> units) {
        return codec.summary(entity, units);
    }

    public SurveySummary get(long id) {
        Map<Long, String> units = organization.unitNamesOf(Actors.current());
        return codec.summary(load(id, units), units);
    }

    /** The survey of a case, if it has one (the issue page shows it). */
    public java.util.Optional<SurveySummary> ofIssue(long issueId) {
        Map<Long, String> units = organization.unitNamesOf(Actors.current());
        return requests.findByIssueId(issueId)
                .filter(r -> units.containsKey(r.getBusinessUnitId()))
                .map(r -> codec.summary(r, units));
    }

    /** A customer's surveys, newest first (the customer's record). */
    public List<SurveySummary> ofCustomer(long customerId) {
        Map<Long, String> units = organization.unitNamesOf(Actors.current());
        return requests.findByCustomerIdOrderByCreatedAtDesc(customerId).stream()
                .filter(r -> units.containsKey(r.getBusinessUnitId()))
                .map(r -> codec.summary(r, units))
                .toList();
    }

    /** The template a survey was (or will be) asked with. */
    public SurveyTemplate template(SurveySummary survey) {
        return templates
                .find(survey.variantId(), survey.templateId(), survey.templateVersion())
                .orElseThrow(() -> new RefusedException("survey.refused.template"));
    }

    /** The rating at or below which an answer is followed up. */
    public int poorAtOrBelow() {
        return settings.poorAtOrBelow();
    }

    /** Staff decide this case gets no survey (it has not been answered). */
    @Transactional
    @PreAuthorize(Role.Can.WORK)
    public SurveySummary skip(long id, long expectedVersion) {
        Map<Long, String> units = organization.unitNamesOf(Actors.current());
        SurveyRequest request = load(id, units);
        checkVersion(request, expectedVersion);
        if (!request.getState().answerable()) {
            throw new RefusedException("survey.refused.not-open", Message.key("survey.state.", request.getState()));
        }
        request.end(SurveyState.SKIPPED, Actors.current());
        return codec.summary(requests.saveAndFlush(request), units);
    }

    /**
     * An agent records the customer's answers from a phone call (the link, if sent, no longer opens). A poor
     * rating is followed up as from the link.
     *
     * @throws com.siteline.project.FormValidationException when an answer is missing or not allowed (nothing stored)
     */
    @Transactional
    @PreAuthorize(Role.Can.WORK)
    public SurveySummary record(long id, long expectedVersion, Map<String, Object> values) {
        Map<Long, String> units = organization.unitNamesOf(Actors.current());
        SurveyRequest request = load(id, units);
        checkVersion(request, expectedVersion);
        answers.store(request, values, "phone", Actors.current(), null, null);
        return codec.summary(request, units);
    }

    /** The ratings of answered surveys of these issues (for the KPI scorecard). */
    public Map<Long, Integer> ratingsOfIssues(Collection<Long> issueIds) {
        Map<Long, Integer> ratings = new HashMap<>();
        if (issueIds.isEmpty()) {
            return ratings;
        }
        if (issueIds.size() > 1000) {
            // a report's many issues: one range of ids read once rather than a query per thousand ids
            Set<Long> wanted = new java.util.HashSet<>(issueIds);
            long first = wanted.stream().mapToLong(Long::longValue).min().orElseThrow();
            long last = wanted.stream().mapToLong(Long::longValue).max().orElseThrow();
            for (Object[] row : requests.ratingsBetween(first, last)) {
                if (wanted.contains((Long) row[0])) {
                    ratings.put((Long) row[0], (Integer) row[1]);
                }
            }
            return ratings;
        }
        List<Long> ids = List.copyOf(issueIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            for (Object[] row : requests.ratings(ids.subList(from, Math.min(ids.size(), from + 1000)))) {
                ratings.put((Long) row[0], (Integer) row[1]);
            }
        }
        return ratings;
    }

    /** The ratings of the answered surveys of the issues whose ids lie in [first, last], by issue id. */
    @PreAuthorize(Role.Can.REPORT)
    @Transactional(readOnly = true)
    public Map<Long, Integer> ratingsOfIssuesBetween(long first, long last) {
        Map<Long, Integer> ratings = new HashMap<>();
        for (Object[] row : requests.ratingsBetween(first, last)) {
            ratings.put((Long) row[0], (Integer) row[1]);
        }
        return ratings;
    }

    /** One answered survey's rating: when, how many stars, whose case (the overview's satisfaction trend). */
    public record Rating(Instant answeredAt, int rating, String handler) {}

    /** The ratings of the surveys of these units answered in a time range. */
    public List<Rating> ratingsBetween(Collection<Long> units, Instant from, Instant to) {
        if (units.isEmpty()) {
            return List.of();
        }
        return requests.ratingsBetween(units, from, to).stream()
                .map(row -> new Rating((Instant) row[0], (Integer) row[1], (String) row[2]))
                .toList();
    }

    private SurveyRequest load(long id, Map<Long, String> units) {
        return requests.findById(id)
                .filter(r -> units.containsKey(r.getBusinessUnitId()))
                .orElseThrow(() -> new NoSuchElementException("no survey " + id));
    }

    private static void checkVersion(SurveyRequest request, long expectedVersion) {
        RowVersion.check(SurveyRequest.class, request.getId(), request.getVersion(), expectedVersion);
    }
}
