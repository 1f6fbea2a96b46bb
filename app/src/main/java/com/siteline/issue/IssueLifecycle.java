package com.siteline.issue;

import com.siteline.base.InvalidInputException;
import com.siteline.base.Message;
import com.siteline.base.RefusedException;
import com.siteline.base.grid.Tags;
import com.siteline.customer.CustomerService;
import com.siteline.issue.internal.CustomerIssue;
import com.siteline.issue.internal.DeadlineKeeper;
import com.siteline.issue.internal.HandlingPlan;
import com.siteline.issue.internal.IssueEvent;
import com.siteline.issue.internal.IssueEventRepository;
import com.siteline.project.ProjectService;
import com.siteline.sdk.IssueType;
import com.siteline.sdk.Urgency;
import com.siteline.sla.CustomerTier;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The rules of an issue's lifecycle, in one place: what each step needs and who may take it, how it is
 * stamped and recorded, and how the deadlines follow. The single-issue writes ({@link IssueService}) and
 * the bulk actions ({@link IssueBulkActions}) both change issues only through here, so a step refused
 * one way is refused the other way with the same message.
 */
@Component
class IssueLifecycle {

    static final int TAG_MAX = 40;
    static final int NOTE_MAX = 1000;

    private final IssueQueries queries;
    private final IssueEventRepository events;
    private final DeadlineKeeper deadlines;
    private final CustomerService customers;
    private final ProjectService projects;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher publisher;

    IssueLifecycle(
            IssueQueries queries,
            IssueEventRepository events,
            DeadlineKeeper deadlines,
            CustomerService customers,
            ProjectService projects,
            Clock clock,
            org.springframework.context.ApplicationEventPublisher publisher) {
        this.publisher = publisher;
        this.queries = queries;
        this.events = events;
        this.deadlines = deadlines;
        this.customers = customers;
        this.projects = projects;
        this.clock = clock;
    }

    /** Sets type, category and urgency; a newly identified issue becomes classified. */
    void classify(CustomerIssue issue, String actor, IssueType type, String categoryId, Urgency urgency) {
        requireOpen(issue);
        if (type == null
                || urgency == null
                || categoryId == null
                || !queries.categoriesFor(issue.getVariantId()).contains(categoryId)) {
            throw new RefusedException("issue.refused.classification");
        }
        String before = issue.getType() + "/" + issue.getCategoryId() + "/" + issue.getUrgency();
        issue.setType(type);
        issue.setCategoryId(categoryId);
        issue.setUrgency(urgency);
        reassignRule(issue);
        if (issue.getStatus() == IssueStatus.IDENTIFIED) {
            step(issue, IssueStatus.CLASSIFIED, actor, null);
        } else {
            issue.touch(clock.instant());
            record(issue, actor, IssueEventKind.CHANGED, before + " → " + type + "/" + categoryId + "/" + urgency);
        }
    }

    /**
     * Gives the issue to a handler of its unit; a classified issue becomes assigned, one in hand changes hands.
     *
     * @param colleague who may take issues of which units (the actor's colleagues by unit name)
     */
    void assign(CustomerIssue issue, String actor, String assignee, Colleagues colleague) {
        if (assignee == null || !colleague.handles(assignee, issue.getBusinessUnitId())) {
            throw new RefusedException("issue.refused.assignee");
        }
        switch (issue.getStatus()) {
            case IDENTIFIED -> throw new RefusedException("issue.refused.classify-first");
            case FEEDBACK_GIVEN, CLOSED, REVISITED ->
                throw new RefusedException(
                        "issue.refused.assign-late", Message.key("issue.status.", issue.getStatus()));
            default -> {}
        }
        String before = issue.getAssignee();
        issue.setAssignee(assignee);
        if (issue.getStatus() == IssueStatus.CLASSIFIED) {
            step(issue, IssueStatus.ASSIGNED, actor, assignee);
        } else {
            issue.touch(clock.instant());
            record(issue, actor, IssueEventKind.ASSIGNED, (before == null ? "" : before) + " → " + assignee);
        }
    }

    /** Which of the actor's colleagues work in which unit: read once per call, not once per issue. */
    interface Colleagues {
        boolean handles(String username, long businessUnitId);
    }

    /** Moves the issue one step of its lifecycle, with what the step needs. */
    void move(CustomerIssue issue, String actor, IssueStatus target, StepInput input) {
        IssueStatus from = issue.getStatus();
        if (!from.canMoveTo(target)) {
            throw new RefusedException(
                    "issue.refused.transition",
                    Message.key("issue.status.", from),
                    Message.key("issue.status.", target));
        }
        checkLengths(input);
        switch (target) {
            case CLASSIFIED -> {
                if (issue.getCategoryId() == null) {
                    throw new RefusedException("issue.refused.classification");
                }
            }
            case ASSIGNED -> {
                if (issue.getAssignee() == null) {
                    throw new RefusedException("issue.refused.assignee");
                }
            }
            case FEEDBACK_GIVEN -> {
                String resolution = input.resolution() != null ? input.resolution() : issue.getResolution();
                if (resolution == null || resolution.isBlank()) {
                    throw new RefusedException("issue.refused.resolution");
                }
                // the customer reads the resolution in the portal: not with a standard reply's unfilled placeholder
                if (com.siteline.knowledge.StandardReplies.unfilled(resolution)) {
                    throw new RefusedException("log.error.unfilled");
                }
                issue.setResolution(resolution.strip());
                if (input.rootCause() != null && !input.rootCause().isBlank()) {
                    issue.setRootCause(input.rootCause().strip());
                }
            }
            case CLOSED -> {
                if (actor.equals(issue.getAssignee())) {
                    throw new RefusedException("issue.refused.close-own");
                }
                if (input.verdict() == null) {
                    throw new RefusedException("issue.refused.verdict");
                }
                issue.setVerdict(input.verdict());
                issue.setReviewer(actor);
            }
            case WAITING_CUSTOMER -> {
                String reason = input.pauseReason() == null ? IssueQueries.CORE_PAUSE_REASON : input.pauseReason();
                if (!queries.pauseReasonsFor(issue.getVariantId()).contains(reason)) {
                    throw new RefusedException("issue.refused.pause-reason");
                }
                issue.setPauseReason(reason);
            }
            case REVISITED -> {
                if (input.note() == null || input.note().isBlank()) {
                    throw new RefusedException("issue.refused.revisit-note");
                }
            }
            default -> {}
        }
        step(issue, target, actor, input.note());
        if (target != IssueStatus.WAITING_CUSTOMER) {
            issue.setPauseReason(null);
        }
    }

    /**
     * Opens a closed issue again because the customer says it is not solved (a poor survey rating): back in
     * progress with its handler, the resolution time no longer counted as met, the reopening counted.
     */
    void reopen(CustomerIssue issue, String actor, String note) {
        if (issue.getStatus().isOpen()) {
            throw new RefusedException("issue.refused.not-closed");
        }
        IssueStatus from = issue.getStatus();
        Instant now = clock.instant();
        issue.reopen(now);
        events.save(new IssueEvent(
                issue.getId(), now, actor, IssueEventKind.STATUS, from, IssueStatus.IN_PROGRESS, trim(note)));
        deadlines.statusChanged(issue, from, IssueStatus.IN_PROGRESS, now);
    }

    void edit(
            CustomerIssue issue, String actor, String title, String description, String rootCause, String resolution) {
        IssueTexts.check(title, description, rootCause, resolution);
        issue.setTitle(title.strip());
        issue.setDescription(trim(description));
        issue.setRootCause(trim(rootCause));
        issue.setResolution(trim(resolution));
        issue.touch(clock.instant());
        record(issue, actor, IssueEventKind.CHANGED, null);
    }

    void changeUrgency(CustomerIssue issue, String actor, Urgency urgency) {
        requireOpen(issue);
        if (urgency == null) {
            throw new RefusedException("issue.refused.classification");
        }
        String before = String.valueOf(issue.getUrgency());
        issue.setUrgency(urgency);
        reassignRule(issue);
        issue.touch(clock.instant());
        record(issue, actor, IssueEventKind.CHANGED, before + " → " + urgency);
    }

    void changeCategory(CustomerIssue issue, String actor, String categoryId) {
        requireOpen(issue);
        if (!queries.categoriesFor(issue.getVariantId()).contains(categoryId)) {
            throw new RefusedException("issue.refused.classification");
        }
        String before = String.valueOf(issue.getCategoryId());
        issue.setCategoryId(categoryId);
        reassignRule(issue);
        if (issue.getStatus() == IssueStatus.IDENTIFIED) {
            step(issue, IssueStatus.CLASSIFIED, actor, null);
        } else {
            issue.touch(clock.instant());
            record(issue, actor, IssueEventKind.CHANGED, before + " → " + categoryId);
        }
    }

    /** A tag as stored: stripped, commas (the separator) replaced; refused when blank or too long. */
    static String cleanTag(String tag) {
        if (tag == null || tag.isBlank()) {
            throw new InvalidInputException(List.of("issue.error.tag"));
        }
        String clean = tag.strip().replace(",", " ");
        if (clean.length() > TAG_MAX) {
            throw new InvalidInputException(List.of("issue.error.tag-length"));
        }
        return clean;
    }

    void addTag(CustomerIssue issue, String actor, String cleanTag) {
        Set<String> tags = new LinkedHashSet<>(Tags.parse(issue.getTags()));
        if (tags.add(cleanTag)) {
            String stored = Tags.format(tags);
            if (stored.length() > 300) {
                throw new RefusedException("issue.refused.too-many-tags");
            }
            issue.setTags(stored);
            issue.touch(clock.instant());
            record(issue, actor, IssueEventKind.TAGGED, cleanTag);
        }
    }

    /** Given to a handler by the system (a rectification for the project's manager), the unit's membership checked by the caller. */
    void assignBySystem(CustomerIssue issue, String actor, String assignee) {
        issue.setAssignee(assignee);
        if (issue.getStatus() == IssueStatus.CLASSIFIED) {
            step(issue, IssueStatus.ASSIGNED, actor, assignee);
        }
    }

    /**
     * The customer's word on a resolution in the portal: accepted (kept as their verdict for the reviewer who closes
     * it), or not solved, which takes a given feedback back into handling and opens a closed issue again.
     */
    void customerAnswer(CustomerIssue issue, String actor, boolean solved, String note) {
        if (solved) {
            if (issue.getStatus() != IssueStatus.FEEDBACK_GIVEN) {
                throw new RefusedException("portal.refused.no-feedback");
            }
            issue.setVerdict(Verdict.SATISFIED);
            issue.touch(clock.instant());
            record(issue, actor, IssueEventKind.CUSTOMER, trim(note));
            return;
        }
        switch (issue.getStatus()) {
            case FEEDBACK_GIVEN -> step(issue, IssueStatus.IN_PROGRESS, actor, trim(note));
            case CLOSED, REVISITED -> reopen(issue, actor, note);
            default -> throw new RefusedException("portal.refused.no-feedback");
        }
    }

    /** A reply written for the customer (shown in the portal). */
    void publicReply(CustomerIssue issue, String actor, String text) {
        issue.touch(clock.instant());
        record(issue, actor, IssueEventKind.PUBLIC_REPLY, trim(text));
    }

    /**
     * The reply with a handling plan: kept on the issue for the customer to read in the portal and on the timeline
     * as a public reply; a complaint's first response.
     */
    void plan(CustomerIssue issue, String actor, String measures, String owner, Instant expectedBy) {
        Instant now = clock.instant();
        HandlingPlan.problems(measures, owner, expectedBy, now).refuseIfAny();
        if (!issue.getStatus().isOpen()) {
            throw new RefusedException("issue.refused.plan-closed");
        }
        issue.givePlan(measures.strip(), owner.strip(), expectedBy, now, actor);
        issue.touch(now);
        record(issue, actor, IssueEventKind.PUBLIC_REPLY, measures.strip());
        deadlines.planGiven(issue, now);
    }

    /** A comment of the customer's in the portal, on the issue's timeline. */
    void customerComment(CustomerIssue issue, String actor, String text) {
        issue.touch(clock.instant());
        record(issue, actor, IssueEventKind.CUSTOMER, trim(text));
    }

    /** Raised: recorded, the rule that matches sets its targets, and a classified one steps on at once. */
    void raised(CustomerIssue issue, String actor, String stageId, CustomerTier tier) {
        Instant now = clock.instant();
        events.save(
                new IssueEvent(issue.getId(), now, actor, IssueEventKind.CREATED, null, IssueStatus.IDENTIFIED, null));
        deadlines.assignRule(issue, stageId, tier);
        deadlines.recompute(issue, now);
        if (issue.getCategoryId() != null) {
            step(issue, IssueStatus.CLASSIFIED, actor, null);
        }
    }

    private void requireOpen(CustomerIssue issue) {
        if (!issue.getStatus().isOpen()) {
            throw new RefusedException("issue.refused.closed");
        }
    }

    private static void checkLengths(StepInput input) {
        if ((input.note() != null && input.note().strip().length() > NOTE_MAX)
                || (input.rootCause() != null && input.rootCause().strip().length() > IssueTexts.ROOT_CAUSE_MAX)
                || (input.resolution() != null && input.resolution().strip().length() > IssueTexts.RESOLUTION_MAX)) {
            throw new InvalidInputException(List.of("issue.error.step-length"));
        }
    }

    private void step(CustomerIssue issue, IssueStatus target, String actor, String detail) {
        IssueStatus from = issue.getStatus();
        Instant now = clock.instant();
        issue.moveTo(target, now);
        events.save(new IssueEvent(issue.getId(), now, actor, IssueEventKind.STATUS, from, target, trim(detail)));
        deadlines.statusChanged(issue, from, target, now);
        if (target == IssueStatus.CLOSED) {
            publisher.publishEvent(new IssueClosed(
                    issue.getId(),
                    issue.getCustomerId(),
                    issue.getCustomerName(),
                    issue.getBusinessUnitId(),
                    issue.getVariantId(),
                    issue.getTitle(),
                    issue.getAssignee(),
                    now,
                    issue.getType(),
                    issue.getProjectId()));
        }
        if (target == IssueStatus.REVISITED) {
            publisher.publishEvent(new IssueRevisited(issue.getId()));
        }
    }

    /** Reclassified: the rule that matches now sets the targets (measured from when the issue was raised). */
    private void reassignRule(CustomerIssue issue) {
        String stage = issue.getProjectId() != null && projects.visible(issue.getProjectId())
                ? projects.get(issue.getProjectId()).currentStageId()
                : null;
        CustomerTier tier = customers.visible(issue.getCustomerId())
                ? customers.get(issue.getCustomerId()).tier()
                : null;
        deadlines.assignRule(issue, stage, tier);
        deadlines.recompute(issue, clock.instant());
    }

    private void record(CustomerIssue issue, String actor, IssueEventKind kind, String detail) {
        events.save(new IssueEvent(issue.getId(), clock.instant(), actor, kind, null, null, detail));
    }

    static String trim(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
