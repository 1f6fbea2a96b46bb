package com.siteline.issue;

import com.siteline.base.CoreIssueCategories;
import com.siteline.base.InvalidInputException;
import com.siteline.base.grid.ColumnFilter;
import com.siteline.base.grid.GridQuery;
import com.siteline.base.grid.GridSort;
import com.siteline.base.grid.UnitScopedGridSource;
import com.siteline.base.grid.JpaGrid;
import com.siteline.base.grid.Tags;
import com.siteline.communication.CommunicationService;
import com.siteline.communication.IssueLinks;
import com.siteline.communication.LogEntry;
import com.siteline.communication.PromisesChanged;
import com.siteline.customer.CustomerDetails;
import com.siteline.customer.CustomerRenamed;
import com.siteline.customer.CustomerService;
import com.siteline.issue.internal.CustomerIssue;
import com.siteline.issue.internal.DeadlineKeeper;
import com.siteline.issue.internal.IssueEvent;
import com.siteline.issue.internal.IssueEventRepository;
import com.siteline.issue.internal.IssueRepository;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.UserSummary;
import com.siteline.plugin.VariantCatalog;
import com.siteline.project.ProjectService;
import com.siteline.project.ProjectSummary;
import com.siteline.sdk.IssueCategory;
import com.siteline.sdk.IssueType;
import com.siteline.sdk.Urgency;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.springframework.context.event.EventListener;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Customer issues (客户问题) through their lifecycle: identify → classify → assign → handle →
 * feedback to customer → close (by a reviewer, not the handler) → revisit. Every step is checked,
 * stamped and recorded; an illegal one is refused with a message. Scoped to the user's units.
 */
@Service
@Transactional(readOnly = true)
public class IssueService extends UnitScopedGridSource<CustomerIssue, IssueDetails> implements IssueLinks {

    private final IssueRepository issues;
    private final IssueEventRepository events;
    private final CustomerService customers;
    private final ProjectService projects;
    private final CommunicationService communications;
    private final OrganizationService organization;
    private final VariantCatalog catalog;
    private final Clock clock;
    private final TransactionTemplate perRow;
    private final JpaGrid<CustomerIssue> grid;
    private final DeadlineKeeper deadlines;
    /** The core's pause reason: waiting for the customer's reply. */
    public static final String CORE_PAUSE_REASON = "customer";

    IssueService(DeadlineKeeper deadlines, IssueRepository issues, IssueEventRepository events, CustomerService customers,
            ProjectService projects, @org.springframework.context.annotation.Lazy CommunicationService communications,
            OrganizationService organization, VariantCatalog catalog, EntityManager em, Clock clock,
            org.springframework.transaction.PlatformTransactionManager transactions) {
        super(em, organization::unitNamesOf);
        this.deadlines = deadlines;
        this.issues = issues;
        this.events = events;
        this.customers = customers;
        this.projects = projects;
        this.communications = communications;
        this.organization = organization;
        this.catalog = catalog;
        this.clock = clock;
        this.perRow = new TransactionTemplate(transactions);
        this.perRow.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        this.grid = issueGrid();
    }

    private JpaGrid<CustomerIssue> issueGrid() {
        Map<String, BiFunction<ColumnFilter, String, Specification<CustomerIssue>>> filters = new LinkedHashMap<>();
        filters.put("id", (filter, user) -> (root, q, cb) -> {
            String text = ((ColumnFilter.Text) filter).text().strip().replace("#", "");
            return text.chars().allMatch(Character::isDigit) && !text.isEmpty() && text.length() < 18
                    ? cb.equal(root.get("id"), Long.parseLong(text)) : cb.disjunction();
        });
        filters.put("title", JpaGrid.contains("title"));
        filters.put("customer", JpaGrid.startsWith("customerName"));
        filters.put("customerId", JpaGrid.oneOfIds("customerId"));
        filters.put("project", JpaGrid.oneOfIds("projectId"));
        filters.put("type", JpaGrid.oneOfEnum("type", IssueType.class));
        filters.put("category", JpaGrid.oneOf("categoryId"));
        filters.put("urgency", JpaGrid.oneOfEnum("urgency", Urgency.class));
        filters.put("status", JpaGrid.oneOfEnum("status", IssueStatus.class));
        filters.put("open", (filter, user) -> (root, q, cb) -> {
            Set<String> values = ((ColumnFilter.Choice) filter).values();
            if (values.contains("open") == values.contains("closed")) {
                return cb.conjunction();
            }
            return cb.equal(root.get("openIssue"), values.contains("open"));
        });
        filters.put("assignee", JpaGrid.oneOf("assignee"));
        filters.put("reviewer", JpaGrid.oneOf("reviewer"));
        filters.put("variant", JpaGrid.oneOf("variantId"));
        filters.put("unit", JpaGrid.oneOfIds("businessUnitId"));
        filters.put("tags", JpaGrid.hasTag("tags"));
        filters.put("created", JpaGrid.within("createdAt", clock.getZone()));
        filters.put("updated", JpaGrid.within("updatedAt", clock.getZone()));
        filters.put("promised", JpaGrid.within("promisedReplyAt", clock.getZone()));
        filters.put("promise", (filter, user) -> {
            Set<String> values = ((ColumnFilter.Choice) filter).values();
            Instant now = clock.instant();
            return (root, q, cb) -> {
                List<Predicate> any = new ArrayList<>();
                if (values.contains("overdue")) {
                    any.add(cb.and(cb.isTrue(root.get("openIssue")), cb.lessThan(root.get("promisedReplyAt"), now)));
                }
                if (values.contains("open")) {
                    any.add(cb.and(cb.isTrue(root.get("openIssue")), cb.isNotNull(root.get("promisedReplyAt"))));
                }
                return cb.or(any.toArray(Predicate[]::new));
            };
        });
        filters.put("due", (filter, user) -> {
            Set<String> values = ((ColumnFilter.Choice) filter).values();
            Instant now = clock.instant();
            return (root, q, cb) -> {
                List<Predicate> any = new ArrayList<>();
                var due = root.<Instant>get("nextDueAt");
                var alert = root.<Instant>get("nextAlertAt");
                if (values.contains("breached")) {
                    any.add(cb.and(cb.isTrue(root.get("openIssue")), cb.lessThanOrEqualTo(due, now)));
                }
                if (values.contains("nearing")) {
                    any.add(cb.and(cb.isTrue(root.get("openIssue")), cb.greaterThan(due, now),
                            cb.or(cb.greaterThanOrEqualTo(root.get("escalationStep"), 1), cb.lessThanOrEqualTo(alert, now))));
                }
                if (values.contains("on-track")) {
                    any.add(cb.and(cb.isTrue(root.get("openIssue")), cb.greaterThan(due, now),
                            cb.equal(root.get("escalationStep"), 0), cb.greaterThan(alert, now)));
                }
                if (values.contains("paused")) {
                    any.add(cb.and(cb.isTrue(root.get("openIssue")), cb.isNotNull(root.get("pausedSince"))));
                }
                return cb.or(any.toArray(Predicate[]::new));
            };
        });
        return new JpaGrid<>(CustomerIssue.class, filters,
                // "due": breaching soonest first (no running deadline is stored as the end of time);
                // "urgency": by severity (a stored rank), both answered from indexes
                Map.ofEntries(Map.entry("id", "id"), Map.entry("due", "nextDueAt"), Map.entry("urgency", "urgencyRank"),
                        Map.entry("title", "title"), Map.entry("customer", "customerName"),
                        Map.entry("type", "type"), Map.entry("category", "categoryId"), Map.entry("status", "status"),
                        Map.entry("assignee", "assignee"), Map.entry("variant", "variantId"),
                        Map.entry("unit", "businessUnitId"), Map.entry("created", "createdAt"),
                        Map.entry("updated", "updatedAt"), Map.entry("promised", "promisedReplyAt")),
                (text, user) -> (root, q, cb) -> {
                    if (text.matches("#\\d{1,17}")) {
                        // "#123" is an issue number: found by its key, not by scanning texts
                        return cb.equal(root.get("id"), Long.parseLong(text.substring(1)));
                    }
                    String like = "%" + JpaGrid.escape(text) + "%";
                    Predicate byText = cb.or(cb.like(root.get("title"), like, '\\'),
                            cb.like(root.get("customerName"), like, '\\'));
                    String digits = text.replace("#", "");
                    return !digits.isEmpty() && digits.length() < 18 && digits.chars().allMatch(Character::isDigit)
                            ? cb.or(byText, cb.equal(root.get("id"), Long.parseLong(digits))) : byText;
                },
                List.of(GridSort.desc("created")));
    }

    @Override
    protected IssueDetails toRow(CustomerIssue entity, Map<Long, String> units) {
        return details(entity, units);
    }

    @Override
    public JpaGrid<CustomerIssue> grid() {
        return grid;
    }




    public IssueDetails get(String username, long id) {
        Map<Long, String> units = organization.unitNamesOf(username);
        return details(issue(units, id), units);
    }

    public boolean visible(String username, long id) {
        Map<Long, String> units = organization.unitNamesOf(username);
        return issues.findById(id).filter(i -> units.containsKey(i.getBusinessUnitId())).isPresent();
    }

    @Override
    public boolean belongsTo(String username, long issueId, long customerId) {
        Map<Long, String> units = organization.unitNamesOf(username);
        return issues.findById(issueId).filter(i -> units.containsKey(i.getBusinessUnitId()))
                .filter(i -> i.getCustomerId() == customerId).isPresent();
    }

    public List<IssueDetails> ofCustomer(String username, long customerId) {
        return page(username, GridQuery.empty().choice("customerId", String.valueOf(customerId)), 0, 500);
    }

    /** Core categories and those of the issue's variant, in that order. */
    public List<String> categoriesFor(String variantId) {
        List<String> ids = new ArrayList<>(CoreIssueCategories.IDS);
        if (variantId != null) {
            catalog.snapshot(variantId).ifPresent(v -> v.issueCategories().stream().map(IssueCategory::id)
                    .filter(id -> !ids.contains(id)).forEach(ids::add));
        }
        return ids;
    }

    /** Every category any variant contributes, with the core ones first (for filters across variants). */
    public List<String> allCategories() {
        Set<String> ids = new LinkedHashSet<>(CoreIssueCategories.IDS);
        catalog.variantIds().forEach(v -> ids.addAll(categoriesFor(v)));
        return List.copyOf(ids);
    }

    /** Users who may handle issues of the user's units. */
    public List<UserSummary> assignees(String username) {
        return organization.colleaguesOf(username);
    }

    /** The times the issue's clock stood still (the open one ends now). */
    public List<PauseSpan> pauses(String username, long id) {
        issue(organization.unitNamesOf(username), id);
        return deadlines.pausesOf(id, clock.instant());
    }

    /** The timeline of an issue: its steps and the contacts logged on it, oldest first. */
    public List<TimelineEntry> timeline(String username, long id) {
        issue(organization.unitNamesOf(username), id);
        List<TimelineEntry> entries = new ArrayList<>();
        for (IssueEvent event : events.findByIssueIdOrderByOccurredAtAscIdAsc(id)) {
            entries.add(new TimelineEntry(event.getOccurredAt(), event.getActor(), event.getKind(),
                    event.getFromStatus(), event.getToStatus(), event.getDetail(), null));
        }
        for (LogEntry entry : communications.ofIssue(username, id)) {
            entries.add(new TimelineEntry(entry.occurredAt(), entry.author(), "CONTACT", null, null, entry.content(),
                    entry.channel().name()));
        }
        entries.sort(Comparator.comparing(TimelineEntry::at));
        return entries;
    }

    @Transactional
    public IssueDetails create(String username, NewIssue request) {
        List<String> problems = new ArrayList<>();
        CustomerDetails customer = customers.visible(username, request.customerId())
                ? customers.get(username, request.customerId()) : null;
        if (customer == null) {
            problems.add("issue.error.customer");
        }
        ProjectSummary project = null;
        if (request.projectId() != null) {
            project = projects.visible(username, request.projectId()) ? projects.get(username, request.projectId()) : null;
            if (project == null || customer == null || project.businessUnitId() != customer.businessUnitId()
                    || (project.customerId() != null && project.customerId() != customer.id())) {
                problems.add("issue.error.project");
            }
        }
        if (request.title() == null || request.title().isBlank()) {
            problems.add("issue.error.title");
        }
        if (request.type() == null) {
            problems.add("issue.error.type");
        }
        if (request.urgency() == null) {
            problems.add("issue.error.urgency");
        }
        String variant = project != null ? project.variantId() : customer == null ? null : singleVariant(customer);
        if (request.categoryId() != null && !categoriesFor(variant).contains(request.categoryId())) {
            problems.add("issue.error.category");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = clock.instant();
        CustomerIssue issue = new CustomerIssue(customer.businessUnitId(), customer.id(), customer.name(), username, now);
        issue.setProjectId(request.projectId());
        issue.setVariantId(variant);
        issue.setTitle(request.title().strip());
        issue.setDescription(trim(request.description()));
        issue.setType(request.type());
        issue.setUrgency(request.urgency());
        issue.setCategoryId(request.categoryId());
        issue = issues.saveAndFlush(issue);
        events.save(new IssueEvent(issue.getId(), now, username, "CREATED", null, IssueStatus.IDENTIFIED, null));
        deadlines.assignRule(issue, project == null ? null : project.currentStageId(), customer.tier().name());
        deadlines.recompute(issue, now);
        if (request.categoryId() != null) {
            step(issue, IssueStatus.CLASSIFIED, username, null);
        }
        return details(issues.saveAndFlush(issue), organization.unitNamesOf(username));
    }

    private String singleVariant(CustomerDetails customer) {
        return organization.businessUnits().stream().filter(u -> u.id() == customer.businessUnitId())
                .findFirst().filter(u -> u.pluginIds().size() == 1).map(u -> u.pluginIds().first()).orElse(null);
    }

    /** Sets type, category and urgency; a newly identified issue becomes classified. */
    @Transactional
    public IssueDetails classify(String username, long id, long expectedVersion, IssueType type, String categoryId,
            Urgency urgency) {
        return change(username, id, expectedVersion, issue -> {
            if (!issue.getStatus().isOpen()) {
                throw new IssueRefusedException("issue.refused.closed");
            }
            if (type == null || urgency == null || categoryId == null
                    || !categoriesFor(issue.getVariantId()).contains(categoryId)) {
                throw new IssueRefusedException("issue.refused.classification");
            }
            String before = issue.getType() + "/" + issue.getCategoryId() + "/" + issue.getUrgency();
            issue.setType(type);
            issue.setCategoryId(categoryId);
            issue.setUrgency(urgency);
            reassignRule(issue, username);
            if (issue.getStatus() == IssueStatus.IDENTIFIED) {
                step(issue, IssueStatus.CLASSIFIED, username, null);
            } else {
                record(issue, username, "CHANGED", before + " → " + type + "/" + categoryId + "/" + urgency);
            }
        });
    }

    /** Gives the issue to a handler; a classified issue becomes assigned, one in hand changes hands. */
    @Transactional
    public IssueDetails assign(String username, long id, long expectedVersion, String assignee) {
        Set<String> assigneeUnits = unitsOfColleague(username, assignee);
        return change(username, id, expectedVersion, issue -> assignTo(issue, username, assignee, assigneeUnits));
    }

    /** The names of the units of a colleague the user may assign to; empty when there is no such colleague. */
    private Set<String> unitsOfColleague(String username, String assignee) {
        return organization.colleaguesOf(username).stream().filter(u -> u.username().equals(assignee)).findFirst()
                .<Set<String>>map(UserSummary::businessUnitNames).orElse(Set.of());
    }

    private void assignTo(CustomerIssue issue, String username, String assignee, Set<String> assigneeUnits) {
        if (assignee == null || !assigneeUnits.contains(organization.unitNamesOf(username).get(issue.getBusinessUnitId()))) {
            throw new IssueRefusedException("issue.refused.assignee");
        }
        switch (issue.getStatus()) {
            case IDENTIFIED -> throw new IssueRefusedException("issue.refused.classify-first");
            case FEEDBACK_GIVEN, CLOSED, REVISITED -> throw new IssueRefusedException("issue.refused.assign-late");
            default -> {
            }
        }
        String before = issue.getAssignee();
        issue.setAssignee(assignee);
        if (issue.getStatus() == IssueStatus.CLASSIFIED) {
            step(issue, IssueStatus.ASSIGNED, username, assignee);
        } else {
            issue.touch(clock.instant());
            record(issue, username, "ASSIGNED", (before == null ? "" : before) + " → " + assignee);
        }
    }

    /**
     * Moves the issue one step of its lifecycle, with what the step needs.
     *
     * @throws IssueRefusedException when the move or the user is not allowed, or something is missing
     * @throws ObjectOptimisticLockingFailureException when someone else changed the issue in between
     */
    @Transactional
    public IssueDetails move(String username, long id, long expectedVersion, IssueStatus target, StepInput input) {
        return change(username, id, expectedVersion, issue -> moveIssue(issue, username, target, input));
    }

    private void moveIssue(CustomerIssue issue, String username, IssueStatus target, StepInput input) {
        IssueStatus from = issue.getStatus();
        if (!from.canMoveTo(target)) {
            throw new IssueRefusedException("issue.refused.transition", from.name(), target.name());
        }
        switch (target) {
            case CLASSIFIED -> {
                if (issue.getCategoryId() == null) {
                    throw new IssueRefusedException("issue.refused.classification");
                }
            }
            case ASSIGNED -> {
                if (issue.getAssignee() == null) {
                    throw new IssueRefusedException("issue.refused.assignee");
                }
            }
            case FEEDBACK_GIVEN -> {
                String resolution = input.resolution() != null ? input.resolution() : issue.getResolution();
                if (resolution == null || resolution.isBlank()) {
                    throw new IssueRefusedException("issue.refused.resolution");
                }
                issue.setResolution(resolution.strip());
                if (input.rootCause() != null && !input.rootCause().isBlank()) {
                    issue.setRootCause(input.rootCause().strip());
                }
            }
            case CLOSED -> {
                if (username.equals(issue.getAssignee())) {
                    throw new IssueRefusedException("issue.refused.close-own");
                }
                if (input.verdict() == null) {
                    throw new IssueRefusedException("issue.refused.verdict");
                }
                issue.setVerdict(input.verdict());
                issue.setReviewer(username);
            }
            case WAITING_CUSTOMER -> {
                String reason = input.pauseReason() == null ? CORE_PAUSE_REASON : input.pauseReason();
                if (!pauseReasonsFor(issue.getVariantId()).contains(reason)) {
                    throw new IssueRefusedException("issue.refused.pause-reason");
                }
                issue.setPauseReason(reason);
            }
            case REVISITED -> {
                if (input.note() == null || input.note().isBlank()) {
                    throw new IssueRefusedException("issue.refused.revisit-note");
                }
            }
            default -> {
            }
        }
        step(issue, target, username, input.note());
        if (target != IssueStatus.WAITING_CUSTOMER) {
            issue.setPauseReason(null);
        }
    }

    /** Why an issue of the variant may wait on the customer: the core's reason first, then the plugin's. */
    public List<String> pauseReasonsFor(String variantId) {
        List<String> reasons = new ArrayList<>(List.of(CORE_PAUSE_REASON));
        if (variantId != null) {
            catalog.snapshot(variantId).ifPresent(v -> v.pauseReasons().forEach(r -> reasons.add(r.id())));
        }
        return reasons;
    }

    /** Edits the text of an issue (title, description, root cause, resolution) from the version the user started at. */
    @Transactional
    public IssueDetails edit(String username, long id, long expectedVersion, String title, String description,
            String rootCause, String resolution) {
        if (title == null || title.isBlank()) {
            throw new InvalidInputException(List.of("issue.error.title"));
        }
        return change(username, id, expectedVersion, issue -> {
            issue.setTitle(title.strip());
            issue.setDescription(trim(description));
            issue.setRootCause(trim(rootCause));
            issue.setResolution(trim(resolution));
            issue.touch(clock.instant());
            record(issue, username, "CHANGED", null);
        });
    }

    // ---- bulk actions: each row on its own, refusals reported per row ----

    public BulkResult bulkAssign(String username, Collection<Long> ids, String assignee) {
        Set<String> assigneeUnits = unitsOfColleague(username, assignee);
        return bulk(username, ids, issue -> assignTo(issue, username, assignee, assigneeUnits));
    }

    public BulkResult bulkMove(String username, Collection<Long> ids, IssueStatus target) {
        return bulk(username, ids, issue -> moveIssue(issue, username, target, StepInput.none()));
    }

    public BulkResult bulkUrgency(String username, Collection<Long> ids, Urgency urgency) {
        return bulk(username, ids, issue -> {
            if (!issue.getStatus().isOpen()) {
                throw new IssueRefusedException("issue.refused.closed");
            }
            String before = String.valueOf(issue.getUrgency());
            issue.setUrgency(urgency);
            reassignRule(issue, username);
            issue.touch(clock.instant());
            record(issue, username, "CHANGED", before + " → " + urgency);
        });
    }

    public BulkResult bulkCategory(String username, Collection<Long> ids, String categoryId) {
        return bulk(username, ids, issue -> {
            if (!issue.getStatus().isOpen()) {
                throw new IssueRefusedException("issue.refused.closed");
            }
            if (!categoriesFor(issue.getVariantId()).contains(categoryId)) {
                throw new IssueRefusedException("issue.refused.classification");
            }
            String before = String.valueOf(issue.getCategoryId());
            issue.setCategoryId(categoryId);
            reassignRule(issue, username);
            if (issue.getStatus() == IssueStatus.IDENTIFIED) {
                step(issue, IssueStatus.CLASSIFIED, username, null);
            } else {
                issue.touch(clock.instant());
                record(issue, username, "CHANGED", before + " → " + categoryId);
            }
        });
    }

    public BulkResult bulkAddTag(String username, Collection<Long> ids, String tag) {
        if (tag == null || tag.isBlank()) {
            throw new InvalidInputException(List.of("issue.error.tag"));
        }
        return bulk(username, ids, issue -> {
            Set<String> tags = new LinkedHashSet<>(Tags.parse(issue.getTags()));
            if (tags.add(tag.strip().replace(",", " "))) {
                issue.setTags(Tags.format(tags));
                issue.touch(clock.instant());
                record(issue, username, "TAGGED", tag.strip());
            }
        });
    }

    private BulkResult bulk(String username, Collection<Long> ids, Consumer<CustomerIssue> action) {
        Map<Long, String> units = organization.unitNamesOf(username);
        int changed = 0;
        List<BulkResult.Refusal> refused = new ArrayList<>();
        for (long id : ids) {
            try {
                perRow.executeWithoutResult(tx -> {
                    CustomerIssue issue = issue(units, id);
                    action.accept(issue);
                    issues.saveAndFlush(issue);
                });
                changed++;
            } catch (IssueRefusedException e) {
                refused.add(new BulkResult.Refusal(id, "issue.refused.transition".equals(e.messageKey())
                        ? "issue.refused.transition-bulk" : e.messageKey()));
            } catch (NoSuchElementException e) {
                refused.add(new BulkResult.Refusal(id, "issue.refused.not-found"));
            } catch (ObjectOptimisticLockingFailureException e) {
                refused.add(new BulkResult.Refusal(id, "issue.refused.conflict"));
            }
        }
        return new BulkResult(changed, refused);
    }

    private IssueDetails change(String username, long id, long expectedVersion, Consumer<CustomerIssue> action) {
        Map<Long, String> units = organization.unitNamesOf(username);
        CustomerIssue issue = issue(units, id);
        if (issue.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(CustomerIssue.class, id);
        }
        action.accept(issue);
        return details(issues.saveAndFlush(issue), units);
    }

    private void step(CustomerIssue issue, IssueStatus target, String actor, String detail) {
        IssueStatus from = issue.getStatus();
        Instant now = clock.instant();
        issue.moveTo(target, now);
        events.save(new IssueEvent(issue.getId(), now, actor, "STATUS", from, target, trim(detail)));
        deadlines.statusChanged(issue, from, target, now);
    }

    /** Reclassified: the rule that matches now sets the targets (measured from when the issue was raised). */
    private void reassignRule(CustomerIssue issue, String username) {
        String stage = issue.getProjectId() != null && projects.visible(username, issue.getProjectId())
                ? projects.get(username, issue.getProjectId()).currentStageId() : null;
        String tier = customers.visible(username, issue.getCustomerId())
                ? customers.get(username, issue.getCustomerId()).tier().name() : null;
        deadlines.assignRule(issue, stage, tier);
        deadlines.recompute(issue, clock.instant());
    }

    @EventListener
    @Transactional
    void on(com.siteline.communication.ContactLogged contact) {
        issues.findById(contact.issueId()).ifPresent(issue -> {
            deadlines.contacted(issue, contact.occurredAt(), clock.instant());
            issues.save(issue);
        });
    }

    private void record(CustomerIssue issue, String actor, String kind, String detail) {
        events.save(new IssueEvent(issue.getId(), clock.instant(), actor, kind, null, null, detail));
    }

    @EventListener
    @Transactional
    void on(PromisesChanged changed) {
        issues.findById(changed.issueId()).ifPresent(issue -> {
            issue.setPromisedReplyAt(communications.earliestOpenPromise(changed.issueId()).orElse(null));
            issue.touch(clock.instant());
            issues.save(issue);
        });
    }

    @EventListener
    @Transactional
    void on(CustomerRenamed renamed) {
        issues.rename(renamed.customerId(), renamed.name());
    }

    private CustomerIssue issue(Map<Long, String> units, long id) {
        return issues.findById(id).filter(i -> units.containsKey(i.getBusinessUnitId()))
                .orElseThrow(() -> new NoSuchElementException("no issue " + id));
    }


    IssueDetails details(CustomerIssue i, Map<Long, String> units) {
        return new IssueDetails(i.getId(), i.getVersion(), i.getBusinessUnitId(), units.get(i.getBusinessUnitId()),
                i.getCustomerId(), i.getCustomerName(), i.getProjectId(), i.getVariantId(), i.getTitle(),
                i.getDescription(), i.getType(), i.getCategoryId(), i.getUrgency(), i.getStatus(), i.getAssignee(),
                i.getReviewer(), i.getRootCause(), i.getResolution(), i.getVerdict(), Tags.parse(i.getTags()),
                i.getPromisedReplyAt(), i.getReportedBy(), i.getCreatedAt(), i.getUpdatedAt(), i.getClassifiedAt(),
                i.getAssignedAt(), i.getHandlingAt(), i.getFeedbackAt(), i.getClosedAt(), i.getRevisitedAt(),
                deadlines.deadlines(i, clock.instant()), i.runningDue(), i.getPausedSince(), i.getRulePlugin(),
                i.getRuleNumber(), i.getPauseReason());
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
