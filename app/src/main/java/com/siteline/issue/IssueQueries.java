package com.siteline.issue;

import com.siteline.base.Actors;
import com.siteline.base.RecordGrants;
import com.siteline.base.grid.ColumnFilter;
import com.siteline.base.grid.GridQuery;
import com.siteline.base.grid.JpaGrid;
import com.siteline.base.grid.Tags;
import com.siteline.base.grid.TextIndex;
import com.siteline.base.grid.UnitScopedGridSource;
import com.siteline.communication.CommunicationService;
import com.siteline.communication.IssueLinks;
import com.siteline.communication.LogEntry;
import com.siteline.issue.internal.CustomerIssue;
import com.siteline.issue.internal.DeadlineKeeper;
import com.siteline.issue.internal.IssueEvent;
import com.siteline.issue.internal.IssueEventRepository;
import com.siteline.issue.internal.IssueRepository;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.UserSummary;
import com.siteline.plugin.VariantCatalog;
import com.siteline.sdk.IssueCategory;
import com.siteline.sla.CoreIssueCategories;
import com.siteline.sla.UserZones;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading customer issues (客户问题): the inbox grid ({@link IssueGrid}), one issue, its timeline and
 * pauses, and what an issue of a variant may be classified as. Scoped to the signed-in user's units:
 * an issue of another unit does not exist for them.
 */
@Service
@Transactional(readOnly = true)
public class IssueQueries extends UnitScopedGridSource<CustomerIssue, IssueDetails> implements IssueLinks {

    /** The core's pause reason: waiting for the customer's reply. */
    public static final String CORE_PAUSE_REASON = "customer";

    private final IssueRepository issues;
    private final IssueEventRepository events;
    private final CommunicationService communications;
    private final OrganizationService organization;
    private final VariantCatalog catalog;
    private final DeadlineKeeper deadlines;
    private final Clock clock;
    private final JpaGrid<CustomerIssue> grid;

    private final EntityManager em;
    private final RecordGrants grants;

    IssueQueries(
            IssueRepository issues,
            IssueEventRepository events,
            @Lazy CommunicationService communications,
            OrganizationService organization,
            VariantCatalog catalog,
            DeadlineKeeper deadlines,
            UserZones zones,
            EntityManager em,
            Clock clock,
            RecordGrants grants,
            TextIndex textIndex) {
        super(em, organization::unitNamesOf);
        this.em = em;
        this.grants = grants;
        this.issues = issues;
        this.events = events;
        this.communications = communications;
        this.organization = organization;
        this.catalog = catalog;
        this.deadlines = deadlines;
        this.clock = clock;
        this.grid = new JpaGrid<>(CustomerIssue.class, IssueGrid.DEFINITION, zones::zoneOf, IssueQueries::search)
                .bind("id", (filter, user) -> (root, q, cb) -> {
                    String text = ((ColumnFilter.Text) filter).text().strip().replace("#", "");
                    return isNumber(text) ? cb.equal(root.get("id"), Long.parseLong(text)) : cb.disjunction();
                })
                .bind("open", (filter, user) -> (root, q, cb) -> {
                    Set<String> values = ((ColumnFilter.Choice) filter).values();
                    if (values.contains(IssueGrid.OPEN) == values.contains(IssueGrid.CLOSED)) {
                        return cb.conjunction();
                    }
                    return cb.equal(root.get("openIssue"), values.contains(IssueGrid.OPEN));
                })
                .bind("promise", (filter, user) -> {
                    Set<String> values = ((ColumnFilter.Choice) filter).values();
                    Instant now = clock.instant();
                    return (root, q, cb) -> {
                        List<Predicate> any = new ArrayList<>();
                        if (values.contains(IssueGrid.PROMISE_OVERDUE)) {
                            any.add(cb.and(
                                    cb.isTrue(root.get("openIssue")), cb.lessThan(root.get("promisedReplyAt"), now)));
                        }
                        if (values.contains(IssueGrid.PROMISE_OPEN)) {
                            any.add(cb.and(
                                    cb.isTrue(root.get("openIssue")), cb.isNotNull(root.get("promisedReplyAt"))));
                        }
                        return cb.or(any.toArray(Predicate[]::new));
                    };
                })
                .bind("due", (filter, user) -> {
                    Set<String> values = ((ColumnFilter.Choice) filter).values();
                    Instant now = clock.instant();
                    return (root, q, cb) -> {
                        List<Predicate> any = new ArrayList<>();
                        var due = root.<Instant>get("nextDueAt");
                        var alert = root.<Instant>get("nextAlertAt");
                        var open = cb.isTrue(root.get("openIssue"));
                        if (values.contains(IssueGrid.BREACHED)) {
                            any.add(cb.and(open, cb.lessThanOrEqualTo(due, now)));
                        }
                        if (values.contains(IssueGrid.NEARING)) {
                            any.add(cb.and(
                                    open,
                                    cb.greaterThan(due, now),
                                    cb.or(
                                            cb.greaterThanOrEqualTo(root.get("escalationStep"), 1),
                                            cb.lessThanOrEqualTo(alert, now))));
                        }
                        if (values.contains(IssueGrid.ON_TRACK)) {
                            any.add(cb.and(
                                    open,
                                    cb.greaterThan(due, now),
                                    cb.equal(root.get("escalationStep"), 0),
                                    cb.greaterThan(alert, now)));
                        }
                        if (values.contains(IssueGrid.PAUSED)) {
                            any.add(cb.and(open, cb.isNotNull(root.get("pausedSince"))));
                        }
                        return cb.or(any.toArray(Predicate[]::new));
                    };
                })
                .indexedBy(textIndex, "title", "customerName");
    }

    private static org.springframework.data.jpa.domain.Specification<CustomerIssue> search(String text, String user) {
        return (root, q, cb) -> {
            if (text.matches("#\\d{1,17}")) {
                // "#123" is an issue number: found by its key, not by scanning texts
                return cb.equal(root.get("id"), Long.parseLong(text.substring(1)));
            }
            String like = "%" + JpaGrid.escape(text) + "%";
            Predicate byText =
                    cb.or(cb.like(root.get("title"), like, '\\'), cb.like(root.get("customerName"), like, '\\'));
            String digits = text.replace("#", "");
            return isNumber(digits) ? cb.or(byText, cb.equal(root.get("id"), Long.parseLong(digits))) : byText;
        };
    }

    private static boolean isNumber(String text) {
        return !text.isEmpty() && text.length() < 18 && text.chars().allMatch(Character::isDigit);
    }

    @Override
    protected IssueDetails toRow(CustomerIssue entity, Map<Long, String> units) {
        return details(entity, units);
    }

    @Override
    public JpaGrid<CustomerIssue> grid() {
        return grid;
    }

    public IssueDetails get(long id) {
        Map<Long, String> units = organization.unitNamesOf(Actors.current());
        return details(load(units, id), units);
    }

    /** The response-time facts of the issues raised in [from, to) in the signed-in user's units. */
    public List<SlaFact> slaFacts(Instant from, Instant to) {
        Map<Long, String> units = organization.unitNamesOf(Actors.current());
        return units.isEmpty() ? List.of() : issues.slaFacts(units.keySet(), from, to);
    }

    /**
     * The response-time facts of one unit's issues raised in a period, whoever asks: for the periodic
     * documents that the scheduler drafts (callers check who may read what they make of them).
     */
    public List<SlaFact> slaFactsOfUnit(long unitId, Instant from, Instant to) {
        return issues.slaFacts(List.of(unitId), from, to);
    }

    /** One unit's issues raised in a period as lines of a document, oldest first (callers check access). */
    public List<IssueLine> linesOfUnit(long unitId, Instant from, Instant to) {
        return issues.lines(unitId, from, to);
    }

    /** Complaints raised in a unit in [from, to), per customer (a survey campaign's focus group; callers check access). */
    public Map<Long, Integer> complaintsByCustomer(long unitId, Instant from, Instant to) {
        Map<Long, Integer> counts = new java.util.HashMap<>();
        for (Object[] row : issues.complaintsByCustomer(unitId, from, to)) {
            counts.put((Long) row[0], ((Long) row[1]).intValue());
        }
        return counts;
    }

    /** An issue's status, whoever asks (the survey timer checks that a case is still closed). */
    public java.util.Optional<IssueStatus> statusOf(long id) {
        return issues.findById(id).map(CustomerIssue::getStatus);
    }

    public boolean visible(long id) {
        Map<Long, String> units = organization.unitNamesOf(Actors.current());
        return issues.findById(id)
                .filter(i -> units.containsKey(i.getBusinessUnitId()))
                .isPresent();
    }

    @Override
    public boolean belongsTo(long issueId, long customerId) {
        Map<Long, String> units = organization.unitNamesOf(Actors.current());
        return issues.findById(issueId)
                .filter(i -> units.containsKey(i.getBusinessUnitId()))
                .filter(i -> i.getCustomerId() == customerId)
                .isPresent();
    }

    public List<IssueDetails> ofCustomer(long customerId) {
        return page(GridQuery.empty().choice("customerId", String.valueOf(customerId)), 0, 500);
    }

    /** A customer's issues of another unit, read-only under the signed-in user's running access grant; else none. */
    public List<IssueDetails> ofCustomerGranted(long customerId) {
        if (!grants.reads(RecordGrants.Kind.CUSTOMER, customerId)) {
            return List.of();
        }
        return grantedPage(customerId);
    }

    private List<IssueDetails> grantedPage(long customerId) {
        List<CustomerIssue> rows = em.createQuery(
                        "select i from CustomerIssue i where i.customerId = :customer" + " order by i.createdAt desc",
                        CustomerIssue.class)
                .setParameter("customer", customerId)
                .setMaxResults(500)
                .getResultList();
        return rows.stream()
                .map(i -> details(i, organization.unitNameOf(i.getBusinessUnitId())))
                .toList();
    }

    /** Core categories and those of the issue's variant, in that order. */
    public List<String> categoriesFor(String variantId) {
        List<String> ids = new ArrayList<>(CoreIssueCategories.IDS);
        if (variantId != null) {
            catalog.snapshot(variantId)
                    .ifPresent(v -> v.issueCategories().stream()
                            .map(IssueCategory::id)
                            .filter(id -> !ids.contains(id))
                            .forEach(ids::add));
        }
        return ids;
    }

    /** Every category any variant contributes, with the core ones first (for filters across variants). */
    public List<String> allCategories() {
        Set<String> ids = new LinkedHashSet<>(CoreIssueCategories.IDS);
        catalog.variantIds().forEach(v -> ids.addAll(categoriesFor(v)));
        return List.copyOf(ids);
    }

    /** Why an issue of the variant may wait on the customer: the core's reason first, then the plugin's. */
    public List<String> pauseReasonsFor(String variantId) {
        List<String> reasons = new ArrayList<>(List.of(CORE_PAUSE_REASON));
        if (variantId != null) {
            catalog.snapshot(variantId).ifPresent(v -> v.pauseReasons().forEach(r -> reasons.add(r.id())));
        }
        return reasons;
    }

    /** Users who may handle issues of the signed-in user's units. */
    public List<UserSummary> assignees() {
        return organization.colleaguesOf(Actors.current());
    }

    /** The times the issue's clock stood still (the open one ends now). */
    public List<PauseSpan> pauses(long id) {
        load(organization.unitNamesOf(Actors.current()), id);
        return deadlines.pausesOf(id, clock.instant());
    }

    /** The timeline of an issue: its steps and the contacts logged on it, oldest first. */
    public List<TimelineEntry> timeline(long id) {
        load(organization.unitNamesOf(Actors.current()), id);
        List<TimelineEntry> entries = new ArrayList<>();
        for (IssueEvent event : events.findByIssueIdOrderByOccurredAtAscIdAsc(id)) {
            entries.add(new TimelineEntry(
                    event.getOccurredAt(),
                    event.getActor(),
                    event.getKind(),
                    event.getFromStatus(),
                    event.getToStatus(),
                    event.getDetail(),
                    null));
        }
        for (LogEntry entry : communications.ofIssue(id)) {
            entries.add(new TimelineEntry(
                    entry.occurredAt(),
                    entry.author(),
                    IssueEventKind.CONTACT,
                    null,
                    null,
                    entry.content(),
                    entry.channel()));
        }
        entries.sort(Comparator.comparing(TimelineEntry::at));
        return entries;
    }

    /** The issue if it belongs to one of the units; a row of another unit is "not found", like a missing one. */
    CustomerIssue load(Map<Long, String> units, long id) {
        return issues.findById(id)
                .filter(i -> units.containsKey(i.getBusinessUnitId()))
                .orElseThrow(() -> new NoSuchElementException("no issue " + id));
    }

    IssueDetails details(CustomerIssue i, Map<Long, String> units) {
        return new IssueDetails(
                i.getId(),
                i.getVersion(),
                i.getBusinessUnitId(),
                units.get(i.getBusinessUnitId()),
                i.getCustomerId(),
                i.getCustomerName(),
                i.getCustomerType(),
                i.getProjectId(),
                i.getVariantId(),
                i.getTitle(),
                i.getDescription(),
                i.getType(),
                i.getCategoryId(),
                i.getUrgency(),
                i.getStatus(),
                i.getAssignee(),
                i.getReviewer(),
                i.getRootCause(),
                i.getResolution(),
                i.getVerdict(),
                Tags.parse(i.getTags()),
                i.getPromisedReplyAt(),
                i.getReportedBy(),
                i.getCreatedAt(),
                i.getUpdatedAt(),
                i.getClassifiedAt(),
                i.getAssignedAt(),
                i.getHandlingAt(),
                i.getFeedbackAt(),
                i.getClosedAt(),
                i.getRevisitedAt(),
                deadlines.deadlines(i, clock.instant()),
                i.runningDue(),
                i.getPausedSince(),
                i.getRulePlugin(),
                i.getRuleNumber(),
                i.getPauseReason(),
                i.getChannel(),
                i.getPlan());
    }
}
