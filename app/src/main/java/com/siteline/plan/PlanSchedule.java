package com.siteline.plan;

import com.siteline.organization.OrganizationService;
import com.siteline.plan.internal.CommPlan;
import com.siteline.plan.internal.CommPlanLine;
import com.siteline.plan.internal.CommPlanRepository;
import com.siteline.plan.internal.PlanTask;
import com.siteline.plan.internal.PlanTaskRepository;
import com.siteline.plan.internal.TaskPeriods;
import com.siteline.project.ProjectService;
import com.siteline.project.ProjectSummary;
import com.siteline.project.ProjectTeam;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Making the communication tasks: {@link #reconcile} makes a project's tasks up to today from the plan in force and
 * the project's stage history (each once: the unique key per project, line and period, so several nodes or runs make
 * none twice; a node that was down catches up) and cancels the open tasks of lines a later version dropped; a task
 * made after its record is held by it from the start.
 */
@Service
public class PlanSchedule {

    private final PlanTaskRepository rows;
    private final CommPlanRepository plans;
    private final PlanTasks tasks;
    private final ProjectService projects;
    private final OrganizationService organization;
    private final Clock clock;
    private final TransactionTemplate newTransaction;

    PlanSchedule(
            PlanTaskRepository rows,
            CommPlanRepository plans,
            PlanTasks tasks,
            ProjectService projects,
            OrganizationService organization,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.rows = rows;
        this.plans = plans;
        this.tasks = tasks;
        this.projects = projects;
        this.organization = organization;
        this.clock = clock;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
    }

    /** Reconciles every project with a plan in force (the timer's run); returns how many tasks this call made. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int generate() {
        int made = 0;
        for (long projectId : newTransaction.execute(tx -> plans.projectsInForce())) {
            made += reconcile(projectId);
        }
        return made;
    }

    /** A task the plan wants: the line, its period and owner. */
    private record Wanted(CommPlanLine line, TaskPeriods.Period period, String owner) {}

    /**
     * Makes the project's tasks up to today that do not exist yet, each held from the start by an unused record in its
     * period; cancels the open tasks of lines the plan in force no longer has. Returns how many this call made.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int reconcile(long projectId) {
        List<Wanted> wanted = newTransaction.execute(tx -> wanted(projectId));
        int made = 0;
        for (Wanted w : wanted) {
            if (rows.existsByProjectIdAndLineKeyAndPeriodFirst(
                    projectId, w.line().getLineKey(), w.period().first())) {
                continue;
            }
            try {
                newTransaction.executeWithoutResult(tx -> make(projectId, w));
                made++;
            } catch (DataIntegrityViolationException madeElsewhere) {
                // another node made it, or its record holds another task meanwhile: the next run sees it
            }
        }
        return made;
    }

    private List<Wanted> wanted(long projectId) {
        Optional<CommPlan> inForce = plans.findByProjectIdAndState(projectId, PlanState.IN_FORCE);
        if (inForce.isEmpty()) {
            return List.of();
        }
        CommPlan plan = inForce.get();
        ProjectSummary project = projects.get(projectId);
        ZoneId zone = tasks.zone(plan.getBusinessUnitId());
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Set<String> keys = new HashSet<>();
        plan.getLines().forEach(l -> keys.add(l.getLineKey()));
        for (PlanTask task : rows.findByProjectIdOrderByDueOnDescIdDesc(projectId)) {
            if (task.getState() == TaskState.OPEN && !keys.contains(task.getLineKey())) {
                task.cancelled();
            }
        }
        if (project.closed() && project.closedAt().isBefore(clock.instant().minus(java.time.Duration.ofDays(91)))) {
            return List.of();
        }
        List<TaskPeriods.Stay> stays = TaskPeriods.stays(project, projects.history(projectId), zone);
        LocalDate completedOn = project.completedAt() == null
                ? null
                : project.completedAt().atZone(zone).toLocalDate();
        java.util.Map<String, LocalDate> signedOn = new java.util.HashMap<>();
        projects.signOffs(projectId)
                .forEach((stage, at) -> signedOn.put(stage, at.atZone(zone).toLocalDate()));
        List<CommPlan> approved = plans.findByProjectIdOrderByPlanVersionDesc(projectId).stream()
                .filter(p -> p.getApprovedAt() != null)
                .toList();
        List<Wanted> wanted = new ArrayList<>();
        for (CommPlanLine line : plan.getLines()) {
            Instant since = approved.stream()
                    .filter(p ->
                            p.getLines().stream().anyMatch(l -> l.getLineKey().equals(line.getLineKey())))
                    .map(CommPlan::getApprovedAt)
                    .min(Comparator.naturalOrder())
                    .orElse(plan.getApprovedAt());
            String owner = ownerOf(line, project, plan);
            for (TaskPeriods.Period period : TaskPeriods.of(
                    CommunicationPlans.line(line),
                    since.atZone(zone).toLocalDate(),
                    stays,
                    completedOn,
                    signedOn,
                    today)) {
                wanted.add(new Wanted(line, period, owner));
            }
        }
        return wanted;
    }

    private void make(long projectId, Wanted w) {
        CommPlanLine line = plans.findById(w.line().getPlan().getId()).orElseThrow().getLines().stream()
                .filter(l -> l.getLineKey().equals(w.line().getLineKey()))
                .findFirst()
                .orElseThrow();
        ProjectSummary project = projects.get(projectId);
        PlanTask task = new PlanTask(
                project.businessUnitId(),
                projectId,
                project.name(),
                line,
                w.owner(),
                w.period().first(),
                w.period().last(),
                w.period().due(),
                clock.instant());
        // a record made before its task (a report sent before the timer ran) holds it from the start
        Set<Long> used = new HashSet<>(rows.usedRecords(projectId, task.getHeldBy()));
        ZoneId zone = tasks.zone(project.businessUnitId());
        java.util.Optional<HeldRecord> earlier = tasks.recordsOf(project, task.getHeldBy())
                .filter(r -> !used.contains(r.id()))
                .filter(r -> task.getChannel() == null || task.getChannel() == r.channel())
                .filter(r -> !r.covers().isBefore(task.getPeriodFirst())
                        && !r.covers().isAfter(task.getPeriodLast()))
                .findFirst();
        PlanTask saved = rows.saveAndFlush(task);
        earlier.ifPresent(r ->
                tasks.held(saved, r.kind(), r.id(), r.at(), r.at().atZone(zone).toLocalDate(), null));
    }

    /**
     * The owner a line names: its user, or the team member in its role; else (none named, or not of the project's
     * unit, so unable to see the task) the project's manager, else the plan's author.
     */
    private String ownerOf(CommPlanLine line, ProjectSummary project, CommPlan plan) {
        ProjectTeam team = project.team();
        String member = line.getOwnerUser() != null
                ? line.getOwnerUser()
                : switch (line.getOwnerRole()) {
                    case "DESIGNER" -> team.designer();
                    case "AGENT" -> team.agent();
                    default -> team.projectManager();
                };
        if (member == null || !organization.unitNamesOf(member).containsKey(project.businessUnitId())) {
            member = team.projectManager();
        }
        return member == null ? plan.getAuthor() : member;
    }
}
