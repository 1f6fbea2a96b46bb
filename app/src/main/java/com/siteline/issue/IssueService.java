package com.siteline.issue;

import com.siteline.base.Actors;
import com.siteline.base.InputProblems;
import com.siteline.base.InvalidInputException;
import com.siteline.base.RowVersion;
import com.siteline.customer.CustomerDetails;
import com.siteline.customer.CustomerService;
import com.siteline.issue.internal.CustomerIssue;
import com.siteline.issue.internal.IssueRepository;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.organization.UserSummary;
import com.siteline.project.ProjectService;
import com.siteline.project.ProjectSummary;
import com.siteline.sdk.IssueType;
import com.siteline.sdk.Urgency;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing one customer issue (客户问题) as the signed-in user: raise it, then identify → classify →
 * assign → handle → feedback to customer → close (by a reviewer, not the handler) → revisit. Each
 * change names the version the user started from; the rules of each step are {@link IssueLifecycle}'s.
 */
@Service
@Transactional
public class IssueService {

    private final IssueQueries queries;
    private final IssueLifecycle lifecycle;
    private final IssueRepository issues;
    private final CustomerService customers;
    private final ProjectService projects;
    private final OrganizationService organization;
    private final Clock clock;

    IssueService(
            IssueQueries queries,
            IssueLifecycle lifecycle,
            IssueRepository issues,
            CustomerService customers,
            ProjectService projects,
            OrganizationService organization,
            Clock clock) {
        this.queries = queries;
        this.lifecycle = lifecycle;
        this.issues = issues;
        this.customers = customers;
        this.projects = projects;
        this.organization = organization;
        this.clock = clock;
    }

    @PreAuthorize(Role.Can.WORK)
    public IssueDetails create(NewIssue request) {
        String username = Actors.current();
        InputProblems problems = new InputProblems();
        CustomerDetails customer = customers.visible(request.customerId()) ? customers.get(request.customerId()) : null;
        if (customer == null) {
            problems.add(NewIssue.Field.CUSTOMER_ID, "issue.error.customer");
        }
        ProjectSummary project = null;
        if (request.projectId() != null) {
            project = projects.visible(request.projectId()) ? projects.get(request.projectId()) : null;
            if (project == null
                    || customer == null
                    || project.businessUnitId() != customer.businessUnitId()
                    || (project.customerId() != null && project.customerId() != customer.id())) {
                problems.add(NewIssue.Field.PROJECT_ID, "issue.error.project");
            }
        }
        problems.addAll(IssueTexts.problems(request.title(), request.description(), null, null));
        if (request.type() == null) {
            problems.add(NewIssue.Field.TYPE, "issue.error.type");
        }
        if (request.urgency() == null) {
            problems.add(NewIssue.Field.URGENCY, "issue.error.urgency");
        }
        String variant = project != null ? project.variantId() : customer == null ? null : singleVariant(customer);
        if (request.categoryId() != null && !queries.categoriesFor(variant).contains(request.categoryId())) {
            problems.add(NewIssue.Field.CATEGORY_ID, "issue.error.category");
        }
        problems.refuseIfAny();
        CustomerIssue issue = new CustomerIssue(customer, username, clock.instant());
        issue.setProjectId(request.projectId());
        issue.setVariantId(variant);
        issue.setTitle(request.title().strip());
        issue.setDescription(IssueLifecycle.trim(request.description()));
        issue.setType(request.type());
        issue.setUrgency(request.urgency());
        issue.setCategoryId(request.categoryId());
        issue = issues.saveAndFlush(issue);
        lifecycle.raised(issue, username, project == null ? null : project.currentStageId(), customer.tier());
        return queries.details(issues.saveAndFlush(issue), organization.unitNamesOf(username));
    }

    /** What {@link #recordPast} would refuse, without storing anything or throwing (imported rows are checked with it). */
    public List<String> problemsOfPast(PastIssue past) {
        List<String> problems = new ArrayList<>();
        CustomerDetails customer = customers.visible(past.customerId()) ? customers.get(past.customerId()) : null;
        if (customer == null) {
            problems.add("issue.error.customer");
        }
        try {
            IssueTexts.check(past.title(), past.description(), null, past.resolution());
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        if (past.type() == null) {
            problems.add("issue.error.type");
        }
        if (past.urgency() == null) {
            problems.add("issue.error.urgency");
        }
        String variant = customer == null ? null : singleVariant(customer);
        if (past.categoryId() != null && !queries.categoriesFor(variant).contains(past.categoryId())) {
            problems.add("issue.error.category");
        }
        if (past.raisedAt() == null
                || past.closedAt() == null
                || past.closedAt().isBefore(past.raisedAt())
                || past.closedAt().isAfter(clock.instant())) {
            problems.add("issue.error.past-dates");
        }
        return problems;
    }

    /** Records an issue that was raised and closed before Siteline (an import), closed at its own time. */
    @PreAuthorize(Role.Can.WORK)
    public IssueDetails recordPast(PastIssue past) {
        String username = Actors.current();
        List<String> problems = problemsOfPast(past);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        CustomerDetails customer = customers.get(past.customerId());
        CustomerIssue issue = new CustomerIssue(customer, username, past.raisedAt());
        issue.setVariantId(singleVariant(customer));
        issue.setTitle(past.title().strip());
        issue.setDescription(IssueLifecycle.trim(past.description()));
        issue.setType(past.type());
        issue.setUrgency(past.urgency());
        issue.setCategoryId(past.categoryId());
        issue.setResolution(IssueLifecycle.trim(past.resolution()));
        issue.setResolvedAt(past.closedAt());
        issue.moveTo(IssueStatus.CLASSIFIED, past.raisedAt());
        issue.moveTo(IssueStatus.CLOSED, past.closedAt());
        return queries.details(issues.saveAndFlush(issue), organization.unitNamesOf(username));
    }

    private String singleVariant(CustomerDetails customer) {
        return organization.businessUnits().stream()
                .filter(u -> u.id() == customer.businessUnitId())
                .findFirst()
                .filter(u -> u.pluginIds().size() == 1)
                .map(u -> u.pluginIds().first())
                .orElse(null);
    }

    /** Sets type, category and urgency; a newly identified issue becomes classified. */
    @PreAuthorize(Role.Can.WORK)
    public IssueDetails classify(long id, long expectedVersion, IssueType type, String categoryId, Urgency urgency) {
        return change(
                id, expectedVersion, (issue, actor) -> lifecycle.classify(issue, actor, type, categoryId, urgency));
    }

    /** Gives the issue to a handler; a classified issue becomes assigned, one in hand changes hands. */
    @PreAuthorize(Role.Can.WORK)
    public IssueDetails assign(long id, long expectedVersion, String assignee) {
        IssueLifecycle.Colleagues colleagues = colleagues();
        return change(id, expectedVersion, (issue, actor) -> lifecycle.assign(issue, actor, assignee, colleagues));
    }

    /** The signed-in user's colleagues, by the units they share (read once per call). */
    IssueLifecycle.Colleagues colleagues() {
        String username = Actors.current();
        Map<Long, String> units = organization.unitNamesOf(username);
        List<UserSummary> colleagues = organization.colleaguesOf(username);
        return (assignee, unitId) -> colleagues.stream()
                .filter(u -> u.username().equals(assignee))
                .findFirst()
                .map(u -> u.businessUnitNames().contains(units.get(unitId)))
                .orElse(false);
    }

    /**
     * Moves the issue one step of its lifecycle, with what the step needs.
     *
     * @throws com.siteline.base.RefusedException when the move or the user is not allowed, or something is missing
     * @throws ObjectOptimisticLockingFailureException when someone else changed the issue in between
     */
    @PreAuthorize(Role.Can.WORK)
    public IssueDetails move(long id, long expectedVersion, IssueStatus target, StepInput input) {
        return change(id, expectedVersion, (issue, actor) -> lifecycle.move(issue, actor, target, input));
    }

    /** Edits the text of an issue (title, description, root cause, resolution) from the version the user started at. */
    @PreAuthorize(Role.Can.WORK)
    public IssueDetails edit(
            long id, long expectedVersion, String title, String description, String rootCause, String resolution) {
        IssueTexts.check(title, description, rootCause, resolution);
        return change(
                id,
                expectedVersion,
                (issue, actor) -> lifecycle.edit(issue, actor, title, description, rootCause, resolution));
    }

    /**
     * Replies with a handling plan (measures, owner, expected time), from the version the user started at: the
     * customer reads it in the portal; for a complaint it is the first response seed 003 asks for.
     *
     * @throws InvalidInputException naming each part missing or wrong; nothing is stored then
     */
    @PreAuthorize(Role.Can.WORK)
    public IssueDetails plan(
            long id, long expectedVersion, String measures, String owner, java.time.Instant expectedBy) {
        return change(id, expectedVersion, (issue, actor) -> lifecycle.plan(issue, actor, measures, owner, expectedBy));
    }

    /**
     * A reply for the customer to read in the customer portal, on the issue's timeline; everything else on the
     * issue stays internal.
     */
    @PreAuthorize(Role.Can.WORK)
    public IssueDetails publicReply(long id, long expectedVersion, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(List.of("portal.error.comment"));
        }
        if (text.strip().length() > CustomerIssues.COMMENT_MAX) {
            throw new InvalidInputException(List.of("portal.error.comment-length"));
        }
        if (com.siteline.knowledge.StandardReplies.unfilled(text)) {
            // a standard reply's placeholder the issue had no value for: said, never sent as written
            throw new InvalidInputException(List.of("log.error.unfilled"));
        }
        return change(id, expectedVersion, (issue, actor) -> lifecycle.publicReply(issue, actor, text));
    }

    /**
     * Opens a closed issue again for the customer (a poor survey rating), as the system: not scoped to a
     * user's units, so only the system and administrators may. Returns false when it is open already.
     */
    @PreAuthorize(Role.Can.ADMINISTER)
    public boolean reopenForCustomer(long id, String note) {
        CustomerIssue issue =
                issues.findById(id).orElseThrow(() -> new java.util.NoSuchElementException("no issue " + id));
        if (issue.getStatus().isOpen()) {
            return false;
        }
        lifecycle.reopen(issue, Actors.current(), note);
        issues.saveAndFlush(issue);
        return true;
    }

    /**
     * A complaint the customer made otherwise than through staff (a poor rating of a completed project's survey),
     * raised as the system for the customer's unit: important, with its response-time clock running. Returns its id.
     */
    @PreAuthorize(Role.Can.ADMINISTER)
    public long raiseForCustomer(long customerId, Long projectId, String variantId, String title, String description) {
        CustomerDetails customer = customers.contactOf(customerId);
        String username = Actors.current();
        CustomerIssue issue = new CustomerIssue(customer, username, clock.instant());
        issue.setProjectId(projectId);
        issue.setVariantId(variantId);
        issue.setTitle(title.length() > 200 ? title.substring(0, 200) : title);
        issue.setDescription(IssueLifecycle.trim(description));
        issue.setType(IssueType.COMPLAINT);
        issue.setUrgency(Urgency.IMPORTANT);
        issue = issues.saveAndFlush(issue);
        lifecycle.raised(issue, username, null, customer.tier());
        return issues.saveAndFlush(issue).getId();
    }

    private IssueDetails change(
            long id, long expectedVersion, java.util.function.BiConsumer<CustomerIssue, String> action) {
        String username = Actors.current();
        Map<Long, String> units = organization.unitNamesOf(username);
        CustomerIssue issue = queries.load(units, id);
        RowVersion.check(CustomerIssue.class, id, issue.getVersion(), expectedVersion);
        action.accept(issue, username);
        return queries.details(issues.saveAndFlush(issue), units);
    }
}
