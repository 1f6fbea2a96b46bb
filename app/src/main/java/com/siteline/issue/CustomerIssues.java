package com.siteline.issue;

import com.siteline.base.CustomerActor;
import com.siteline.base.InvalidInputException;
import com.siteline.base.RefusedException;
import com.siteline.customer.CustomerDetails;
import com.siteline.customer.CustomerService;
import com.siteline.issue.internal.CustomerIssue;
import com.siteline.issue.internal.IssueEvent;
import com.siteline.issue.internal.IssueEventRepository;
import com.siteline.issue.internal.IssueRepository;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.UserSummary;
import com.siteline.project.CustomerProjects;
import com.siteline.project.ProjectSummary;
import com.siteline.sdk.IssueType;
import com.siteline.sdk.Urgency;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's own issues as the customer portal reads and changes them: raised by the customer (channel
 * "portal", their response-time clock running), followed with the replies staff wrote for them, the resolution
 * accepted or not; and the rectification (整改) a rejected inspection raises. Every method names the customer and
 * another customer's issue is "not found". Only that customer may call it ({@link CustomerActor#SELF}: the portal,
 * having proved who the customer is, acts as them); staff, administrators and the system are refused.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(CustomerActor.SELF)
public class CustomerIssues {

    public static final String CHANNEL = "portal";
    /** The actor the portal's steps are recorded with. */
    public static final String ACTOR = "portal";
    /** What the customer reads of an issue's timeline: steps, their own words and the replies written for them. */
    private static final Set<IssueEventKind> PUBLIC = EnumSet.of(
            IssueEventKind.CREATED, IssueEventKind.STATUS, IssueEventKind.CUSTOMER, IssueEventKind.PUBLIC_REPLY);
    /** The issue types a customer may pick (disputes are staff's classification). */
    public static final List<IssueType> CUSTOMER_TYPES =
            List.of(IssueType.REPAIR_REQUEST, IssueType.COMPLAINT, IssueType.ENQUIRY, IssueType.SUGGESTION);

    public static final int COMMENT_MAX = 1000;

    /** A line of an issue as the customer reads it. */
    public record PublicEntry(Instant at, IssueEventKind kind, IssueStatus to, String text, boolean fromCustomer) {}

    private final IssueRepository issues;
    private final IssueEventRepository events;
    private final IssueQueries queries;
    private final IssueLifecycle lifecycle;
    private final CustomerService customers;
    private final OrganizationService organization;
    private final EntityManager em;
    private final CustomerProjects projects;
    private final Clock clock;

    CustomerIssues(
            IssueRepository issues,
            IssueEventRepository events,
            IssueQueries queries,
            IssueLifecycle lifecycle,
            CustomerService customers,
            OrganizationService organization,
            EntityManager em,
            CustomerProjects projects,
            Clock clock) {
        this.projects = projects;
        this.issues = issues;
        this.events = events;
        this.queries = queries;
        this.lifecycle = lifecycle;
        this.customers = customers;
        this.organization = organization;
        this.em = em;
        this.clock = clock;
    }

    /** The customer's issues, newest first. */
    public List<IssueDetails> of(long customerId) {
        return em
                .createQuery(
                        "select i from CustomerIssue i where i.customerId = :customer order by i.createdAt desc, i.id desc",
                        CustomerIssue.class)
                .setParameter("customer", customerId)
                .setMaxResults(200)
                .getResultList()
                .stream()
                .map(i -> queries.details(i, organization.unitNameOf(i.getBusinessUnitId())))
                .toList();
    }

    public Optional<IssueDetails> find(long customerId, long issueId) {
        return own(customerId, issueId).map(i -> queries.details(i, organization.unitNameOf(i.getBusinessUnitId())));
    }

    /** What the customer reads of the issue: its steps, their own comments and the replies written for them. */
    public List<PublicEntry> publicTimeline(long customerId, long issueId) {
        issue(customerId, issueId);
        List<PublicEntry> entries = new ArrayList<>();
        for (IssueEvent event : events.findByIssueIdOrderByOccurredAtAscIdAsc(issueId)) {
            if (PUBLIC.contains(event.getKind())) {
                boolean customer = event.getKind() == IssueEventKind.CUSTOMER
                        || (event.getKind() == IssueEventKind.CREATED && ACTOR.equals(event.getActor()));
                String text =
                        event.getKind() == IssueEventKind.CUSTOMER || event.getKind() == IssueEventKind.PUBLIC_REPLY
                                ? event.getDetail()
                                : null;
                entries.add(
                        new PublicEntry(event.getOccurredAt(), event.getKind(), event.getToStatus(), text, customer));
            }
        }
        return entries;
    }

    /** What {@link #raise} would refuse, without storing anything. */
    public List<String> problemsOf(long customerId, Long projectId, IssueType type, String title, String description) {
        List<String> problems = new ArrayList<>();
        try {
            IssueTexts.check(title, description, null, null);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        if (type == null || !CUSTOMER_TYPES.contains(type)) {
            problems.add("issue.error.type");
        }
        if (projectId != null && projects.find(customerId, projectId).isEmpty()) {
            problems.add("issue.error.project");
        }
        return problems;
    }

    /**
     * The customer raises an issue: it lands in the inbox with channel "portal" and its response-time clock running.
     *
     * @throws InvalidInputException naming each problem; nothing is stored then
     */
    @Transactional
    public long raise(
            long customerId, Long projectId, IssueType type, boolean urgent, String title, String description) {
        CustomerDetails customer = customer(customerId);
        List<String> problems = problemsOf(customerId, projectId, type, title, description);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ProjectSummary project =
                projectId == null ? null : projects.find(customerId, projectId).orElseThrow();
        String variant = project == null ? null : project.variantId();
        String stage = project == null ? null : project.currentStageId();
        CustomerIssue issue = new CustomerIssue(customer, ACTOR, clock.instant());
        issue.setProjectId(projectId);
        issue.setVariantId(variant);
        issue.setChannel(CHANNEL);
        issue.setTitle(title.strip());
        issue.setDescription(IssueLifecycle.trim(description));
        issue.setType(type);
        // the customer says whether it is urgent (water running now); a complaint is important, the rest normal
        issue.setUrgency(urgent ? Urgency.URGENT : type == IssueType.COMPLAINT ? Urgency.IMPORTANT : Urgency.NORMAL);
        issue = issues.saveAndFlush(issue);
        lifecycle.raised(issue, ACTOR, stage, customer.tier());
        return issues.saveAndFlush(issue).getId();
    }

    /**
     * The rectification (整改) a rejected inspection raises: a complaint about the project with the customer's reason,
     * classified in the variant's first quality category when it has one, its deadline from the response-time rules,
     * given to the project's manager when they work in its unit.
     */
    @Transactional
    public long raiseRectification(long customerId, long projectId, String title, String description, String assignee) {
        CustomerDetails customer = customer(customerId);
        ProjectSummary project = projects.find(customerId, projectId)
                .orElseThrow(() -> new NoSuchElementException("no project " + projectId));
        String variant = project.variantId();
        CustomerIssue issue = new CustomerIssue(customer, ACTOR, clock.instant());
        issue.setProjectId(projectId);
        issue.setVariantId(variant);
        issue.setChannel(CHANNEL);
        issue.setTitle(title.length() > IssueTexts.TITLE_MAX ? title.substring(0, IssueTexts.TITLE_MAX) : title);
        issue.setDescription(IssueLifecycle.trim(description));
        issue.setType(IssueType.COMPLAINT);
        issue.setUrgency(Urgency.IMPORTANT);
        issue.setCategoryId(queries.categoriesFor(variant).stream()
                .filter(c -> c.contains("quality"))
                .findFirst()
                .orElse(null));
        issue = issues.saveAndFlush(issue);
        lifecycle.raised(issue, ACTOR, project.currentStageId(), customer.tier());
        if (assignee != null
                && issue.getStatus() == IssueStatus.CLASSIFIED
                && handles(assignee, customer.businessUnitId())) {
            lifecycle.assignBySystem(issue, ACTOR, assignee);
        }
        return issues.saveAndFlush(issue).getId();
    }

    /**
     * The customer's word on the resolution: accepted, or not solved (back into handling; a closed one reopens).
     *
     * @throws RefusedException when there is no resolution to answer
     */
    @Transactional
    public IssueDetails answer(long customerId, long issueId, boolean solved, String note) {
        checkComment(note, !solved);
        CustomerIssue issue = issue(customerId, issueId);
        lifecycle.customerAnswer(issue, ACTOR, solved, note);
        return queries.details(issues.saveAndFlush(issue), organization.unitNameOf(issue.getBusinessUnitId()));
    }

    /** A comment of the customer's on their issue, on its timeline for the handler. */
    @Transactional
    public void comment(long customerId, long issueId, String text) {
        checkComment(text, true);
        CustomerIssue issue = issue(customerId, issueId);
        lifecycle.customerComment(issue, ACTOR, text);
        issues.saveAndFlush(issue);
    }

    private static void checkComment(String text, boolean required) {
        if (required && (text == null || text.isBlank())) {
            throw new InvalidInputException(List.of("portal.error.comment"));
        }
        if (text != null && text.strip().length() > COMMENT_MAX) {
            throw new InvalidInputException(List.of("portal.error.comment-length"));
        }
    }

    private boolean handles(String username, long unitId) {
        String unitName = organization.unitNameOf(unitId).get(unitId);
        return organization.users().stream()
                .filter(UserSummary::enabled)
                .filter(u -> u.username().equals(username))
                .anyMatch(u -> u.businessUnitNames().contains(unitName));
    }

    private CustomerDetails customer(long customerId) {
        CustomerDetails customer = customers.contactOf(customerId);
        if (customer == null) {
            throw new NoSuchElementException("no customer " + customerId);
        }
        return customer;
    }

    private Optional<CustomerIssue> own(long customerId, long issueId) {
        return issues.findById(issueId).filter(i -> i.getCustomerId() == customerId);
    }

    private CustomerIssue issue(long customerId, long issueId) {
        return own(customerId, issueId).orElseThrow(() -> new NoSuchElementException("no issue " + issueId));
    }
}
