package com.siteline.plan;

import com.siteline.base.Actors;
import com.siteline.base.InputProblems;
import com.siteline.base.InvalidInputException;
import com.siteline.base.RefusedException;
import com.siteline.base.RowVersion;
import com.siteline.customer.Channel;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.plan.internal.CommPlan;
import com.siteline.plan.internal.CommPlanLine;
import com.siteline.plan.internal.CommPlanRepository;
import com.siteline.plugin.VariantCatalog;
import com.siteline.project.ProjectService;
import com.siteline.project.ProjectSummary;
import com.siteline.sdk.BusinessVariant;
import com.siteline.sdk.PlanLine;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Communication plans (沟通计划) of the user's projects, in versions. A version is drafted from the plan in force, or
 * from the variant's default plan for the first one; the project manager adapts its lines; it is submitted, reviewed
 * by the project's lead (the project manager named on the project: 项目负责人审核; a plan the lead submits is reviewed
 * by that) and approved by a manager of the project's unit who did not write it (上级领导批准; a lead who is a manager of
 * the unit may approve what they reviewed). Then it
 * is in force, the version before it superseded, and its tasks are made ({@link PlanTasks}).
 */
@Service
@Transactional(readOnly = true)
public class CommunicationPlans {

    /** The roles on a project's team a line can name as its owner or audience. */
    public static final List<String> TEAM_ROLES = List.of("PROJECT_MANAGER", "DESIGNER", "AGENT");
    /** The channels a line held by a log entry can name. */
    public static final List<Channel> LINE_CHANNELS =
            List.of(Channel.PHONE, Channel.WECHAT, Channel.EMAIL, Channel.VISIT, Channel.MEETING);

    public static final int GOAL_MAX = 200;
    public static final int CONTENT_MAX = 1000;
    public static final int NOTE_MAX = 500;
    public static final int LINES_MAX = 30;

    private final CommPlanRepository plans;
    private final PlanLineChecks checks;
    private final ProjectService projects;
    private final OrganizationService organization;
    private final VariantCatalog catalog;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final EntityManager em;

    CommunicationPlans(
            CommPlanRepository plans,
            PlanLineChecks checks,
            ProjectService projects,
            OrganizationService organization,
            VariantCatalog catalog,
            ApplicationEventPublisher events,
            Clock clock,
            EntityManager em) {
        this.em = em;
        this.plans = plans;
        this.checks = checks;
        this.projects = projects;
        this.organization = organization;
        this.catalog = catalog;
        this.events = events;
        this.clock = clock;
    }

    /** The project's plan versions, newest first. */
    public List<CommunicationPlan> versions(long projectId) {
        projects.get(projectId);
        return plans.findByProjectIdOrderByPlanVersionDesc(projectId).stream()
                .map(CommunicationPlans::view)
                .toList();
    }

    /** The version in force, if one is. */
    public Optional<CommunicationPlan> inForce(long projectId) {
        projects.get(projectId);
        return plans.findByProjectIdAndState(projectId, PlanState.IN_FORCE).map(CommunicationPlans::view);
    }

    /** The version being drafted, reviewed or approved, if one is. */
    public Optional<CommunicationPlan> working(long projectId) {
        projects.get(projectId);
        return plans.findByProjectIdOrderByPlanVersionDesc(projectId).stream()
                .filter(p -> p.getState() == PlanState.DRAFT || p.getState().pending())
                .findFirst()
                .map(CommunicationPlans::view);
    }

    /** The plans of the user's units waiting for a review or an approval, oldest first. */
    public List<CommunicationPlan> pending() {
        return plans.pending().stream().map(CommunicationPlans::view).toList();
    }

    /** The variant's default plan for the project, in a language (none while its plugin is stopped). */
    public List<PlanLineView> defaults(long projectId, Locale locale) {
        ProjectSummary project = projects.get(projectId);
        return catalog
                .startedVariant(project.variantId())
                .map(BusinessVariant::communicationPlan)
                .orElse(List.of())
                .stream()
                .map(line -> new PlanLineView(
                        line.id(),
                        line.goal().get(locale),
                        line.content().get(locale),
                        line.audience(),
                        line.heldBy(),
                        line.channel() == null ? null : Channel.valueOf(line.channel()),
                        line.rhythm().trigger(),
                        line.rhythm().trigger() == PlanLine.Trigger.EVERY_WEEKS
                                ? line.rhythm().everyWeeks()
                                : null,
                        line.rhythm().stages(),
                        line.rhythm().stage(),
                        line.rhythm().trigger() == PlanLine.Trigger.EVERY_WEEKS
                                ? null
                                : line.rhythm().withinDays(),
                        line.owner(),
                        line.confirmReceipt()))
                .toList();
    }

    /**
     * Starts a new version to adapt: a copy of the plan in force, or the variant's default plan (in the user's
     * language) for the project's first.
     *
     * @throws RefusedException when a version is already being drafted or approved
     */
    @Transactional
    @PreAuthorize(Role.Can.WORK)
    public CommunicationPlan draft(long projectId, Locale locale) {
        ProjectSummary project = projects.get(projectId);
        if (working(projectId).isPresent()) {
            throw new RefusedException("plan.refused.working");
        }
        Integer last = plans.lastVersion(projectId);
        CommPlan plan = new CommPlan(
                project.businessUnitId(), projectId, last == null ? 1 : last + 1, Actors.current(), clock.instant());
        Optional<CommPlan> current = plans.findByProjectIdAndState(projectId, PlanState.IN_FORCE);
        if (current.isPresent()) {
            current.get().getLines().forEach(line -> plan.getLines().add(line.copyTo(plan)));
        } else {
            for (PlanLineView line : defaults(projectId, locale)) {
                CommPlanLine row = new CommPlanLine(plan, line.key());
                set(row, line.draft());
                plan.getLines().add(row);
            }
        }
        plan.renumber();
        return view(plans.saveAndFlush(plan));
    }

    /**
     * Adds a line to a draft (key null) or changes one.
     *
     * @throws InvalidInputException naming each field to fix; nothing is stored
     */
    @Transactional
    @PreAuthorize(Role.Can.WORK)
    public CommunicationPlan saveLine(long planId, long expectedVersion, String key, PlanLineDraft line) {
        CommPlan plan = editable(planId, expectedVersion);
        checks.problemsOf(line, plan.getProjectId(), plan.getBusinessUnitId()).refuseIfAny();
        if (line.heldBy() == PlanLine.HeldBy.WEEKLY_REPORT
                && plan.getLines().stream()
                        .anyMatch(l -> l.getHeldBy() == PlanLine.HeldBy.WEEKLY_REPORT
                                && !l.getLineKey().equals(key))) {
            throw new InvalidInputException(
                    new InputProblems().add(PlanLineDraft.Field.HELD_BY, "plan.error.one-report"));
        }
        CommPlanLine row;
        if (key == null) {
            if (plan.getLines().size() >= LINES_MAX) {
                throw new RefusedException("plan.refused.lines");
            }
            int n = plan.getLines().size() + 1;
            while (hasKey(plan, "line-" + n)) {
                n++;
            }
            row = new CommPlanLine(plan, "line-" + n);
            plan.getLines().add(row);
        } else {
            row = plan.getLines().stream()
                    .filter(l -> l.getLineKey().equals(key))
                    .findFirst()
                    .orElseThrow(() -> new NoSuchElementException("no line " + key));
        }
        set(row, line);
        plan.renumber();
        return touched(plan);
    }

    /** Removes a line from a draft. */
    @Transactional
    @PreAuthorize(Role.Can.WORK)
    public CommunicationPlan removeLine(long planId, long expectedVersion, String key) {
        CommPlan plan = editable(planId, expectedVersion);
        plan.getLines().removeIf(l -> l.getLineKey().equals(key));
        plan.renumber();
        return touched(plan);
    }

    /**
     * Submits a draft: to the project's lead for review, or, when the lead submits it, straight to a manager.
     *
     * @throws RefusedException when the plan has no line or the project no lead
     */
    @Transactional
    @PreAuthorize(Role.Can.WORK)
    public CommunicationPlan submit(long planId, long expectedVersion) {
        CommPlan plan = editable(planId, expectedVersion);
        if (plan.getLines().isEmpty()) {
            throw new RefusedException("plan.refused.empty");
        }
        String lead = leadOf(plan);
        Instant now = clock.instant();
        plan.submitted(now);
        if (lead.equals(Actors.current())) {
            plan.reviewed(lead, now);
        }
        return touched(plan);
    }

    /**
     * The project's lead reviews a submitted plan.
     *
     * @throws RefusedException when the user is not the project's lead, or wrote the plan
     */
    @Transactional
    @PreAuthorize(Role.Can.WORK)
    public CommunicationPlan review(long planId, long expectedVersion) {
        CommPlan plan = load(planId, expectedVersion);
        if (plan.getState() != PlanState.SUBMITTED) {
            throw new RefusedException("plan.refused.state");
        }
        String user = Actors.current();
        if (!leadOf(plan).equals(user)) {
            throw new RefusedException("plan.refused.not-lead");
        }
        if (plan.getAuthor().equals(user)) {
            throw new RefusedException("plan.refused.own");
        }
        plan.reviewed(user, clock.instant());
        return touched(plan);
    }

    /**
     * A manager of the project's unit approves a reviewed plan: it is in force, the version before superseded.
     *
     * @throws RefusedException when the user is no manager of the unit, or wrote the plan
     */
    @Transactional
    @PreAuthorize(Role.Can.REPORT)
    public CommunicationPlan approve(long planId, long expectedVersion) {
        CommPlan plan = load(planId, expectedVersion);
        if (plan.getState() != PlanState.REVIEWED) {
            throw new RefusedException("plan.refused.state");
        }
        String user = Actors.current();
        if (!organization.usersWithRole(plan.getBusinessUnitId(), Role.MANAGER).contains(user)) {
            throw new RefusedException("plan.refused.not-manager");
        }
        if (plan.getAuthor().equals(user)) {
            throw new RefusedException("plan.refused.own");
        }
        Instant now = clock.instant();
        plans.findByProjectIdAndState(plan.getProjectId(), PlanState.IN_FORCE).ifPresent(before -> {
            before.superseded(now);
            plans.saveAndFlush(before);
        });
        plan.approved(user, now);
        CommunicationPlan approved = touched(plan);
        events.publishEvent(new PlanInForce(plan.getProjectId(), planId));
        return approved;
    }

    /**
     * Sends a submitted or reviewed plan back to its author with a reason: the lead for a submitted one, a manager of
     * the unit for a reviewed one.
     *
     * @throws InvalidInputException when the reason is missing or too long
     */
    @Transactional
    @PreAuthorize(Role.Can.WORK)
    public CommunicationPlan returnToAuthor(long planId, long expectedVersion, String note) {
        CommPlan plan = load(planId, expectedVersion);
        String user = Actors.current();
        boolean mayReturn = switch (plan.getState()) {
            case SUBMITTED -> leadOf(plan).equals(user);
            case REVIEWED ->
                organization
                        .usersWithRole(plan.getBusinessUnitId(), Role.MANAGER)
                        .contains(user);
            default -> throw new RefusedException("plan.refused.state");
        };
        if (!mayReturn) {
            throw new RefusedException(
                    plan.getState() == PlanState.SUBMITTED ? "plan.refused.not-lead" : "plan.refused.not-manager");
        }
        if (note == null || note.isBlank()) {
            throw new InvalidInputException(List.of("plan.error.note"));
        }
        if (note.strip().length() > NOTE_MAX) {
            throw new InvalidInputException(List.of("plan.error.note-length"));
        }
        plan.returned(user, note.strip());
        return touched(plan);
    }

    private static void set(CommPlanLine row, PlanLineDraft line) {
        boolean weeks = line.trigger() == PlanLine.Trigger.EVERY_WEEKS;
        boolean role = TEAM_ROLES.contains(line.owner());
        List<String> audience = new ArrayList<>();
        if (line.audience().contains(PlanLine.CUSTOMER)) {
            audience.add(PlanLine.CUSTOMER);
        }
        TEAM_ROLES.stream().filter(line.audience()::contains).forEach(audience::add);
        row.set(
                line.goal().strip(),
                line.content().strip(),
                audience,
                line.heldBy(),
                line.heldBy() == PlanLine.HeldBy.LOG_ENTRY ? line.channel() : null,
                line.trigger(),
                weeks ? line.everyWeeks() : null,
                weeks ? line.stages().stream().sorted().toList() : List.of(),
                line.trigger() == PlanLine.Trigger.STAGE_ENTERED || line.trigger() == PlanLine.Trigger.STAGE_SIGNED
                        ? line.stage()
                        : null,
                weeks ? null : line.withinDays(),
                role ? line.owner() : null,
                role ? null : line.owner(),
                line.confirmReceipt());
    }

    /** The project's lead: the project manager named on its team. */
    private String leadOf(CommPlan plan) {
        String lead = projects.get(plan.getProjectId()).team().projectManager();
        if (lead == null) {
            throw new RefusedException("plan.refused.no-lead");
        }
        return lead;
    }

    private static boolean hasKey(CommPlan plan, String key) {
        return plan.getLines().stream().anyMatch(l -> l.getLineKey().equals(key));
    }

    private CommPlan editable(long planId, long expectedVersion) {
        CommPlan plan = load(planId, expectedVersion);
        if (plan.getState() != PlanState.DRAFT) {
            throw new RefusedException("plan.refused.state");
        }
        return plan;
    }

    private CommPlan load(long planId, long expectedVersion) {
        CommPlan plan = plans.findById(planId)
                .filter(p -> projects.visible(p.getProjectId()))
                .orElseThrow(() -> new NoSuchElementException("no plan " + planId));
        RowVersion.check(CommPlan.class, planId, plan.getVersion(), expectedVersion);
        return plan;
    }

    private CommunicationPlan touched(CommPlan plan) {
        long before = plan.getVersion();
        CommPlan saved = plans.saveAndFlush(plan);
        if (saved.getVersion() == before) {
            // a change of the lines alone moves the plan's version on too: a second editor is told, not overwritten
            em.lock(saved, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        }
        return view(saved);
    }

    static CommunicationPlan view(CommPlan p) {
        return new CommunicationPlan(
                p.getId(),
                p.getVersion(),
                p.getProjectId(),
                p.getBusinessUnitId(),
                p.getPlanVersion(),
                p.getState(),
                p.getAuthor(),
                p.getCreatedAt(),
                p.getSubmittedAt(),
                p.getReviewedBy(),
                p.getReviewedAt(),
                p.getApprovedBy(),
                p.getApprovedAt(),
                p.getReturnedBy(),
                p.getReturnedNote(),
                p.getLines().stream().map(CommunicationPlans::line).toList());
    }

    static PlanLineView line(CommPlanLine l) {
        return new PlanLineView(
                l.getLineKey(),
                l.getGoal(),
                l.getContent(),
                l.audience(),
                l.getHeldBy(),
                l.getChannel(),
                l.getRhythm(),
                l.getEveryWeeks(),
                l.stages(),
                l.getTriggerStage(),
                l.getWithinDays(),
                l.getOwnerRole() != null ? l.getOwnerRole() : l.getOwnerUser(),
                l.isConfirmReceipt());
    }
}
