package com.siteline.plan;

import com.siteline.base.CustomerActor;
import com.siteline.base.RefusedException;
import com.siteline.plan.internal.PlanTask;
import com.siteline.plan.internal.PlanTaskRepository;
import com.siteline.project.CustomerProjects;
import com.siteline.project.ProjectSummary;
import com.siteline.sdk.PlanLine;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's confirmations of receipt (客户确认收到) for the communications of their projects whose plan line asks
 * for one: what was held and is waiting for them, and their confirmation. Each method names the customer and only that
 * customer may call it ({@link CustomerActor#SELF}).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(CustomerActor.SELF)
public class CustomerPlanTasks {

    /** A held communication that asks the customer to confirm it reached them. */
    public record Receipt(
            long taskId,
            long projectId,
            String projectName,
            String goal,
            PlanLine.HeldBy heldBy,
            Instant heldAt,
            Instant confirmedAt) {}

    private final PlanTaskRepository tasks;
    private final CustomerProjects projects;
    private final Clock clock;

    CustomerPlanTasks(PlanTaskRepository tasks, CustomerProjects projects, Clock clock) {
        this.tasks = tasks;
        this.projects = projects;
        this.clock = clock;
    }

    /** The customer's held communications that ask for their confirmation, the latest first (confirmed ones too). */
    public List<Receipt> of(long customerId) {
        Map<Long, ProjectSummary> own =
                projects.of(customerId).stream().collect(Collectors.toMap(ProjectSummary::id, Function.identity()));
        if (own.isEmpty()) {
            return List.of();
        }
        return tasks.findByProjectIdInAndConfirmReceiptTrueOrderByHeldAtDesc(own.keySet()).stream()
                .filter(t -> t.awaitsReceipt() || t.getReceiptConfirmedAt() != null)
                .map(t -> receipt(t, own.get(t.getProjectId())))
                .toList();
    }

    /** Those still waiting for the customer. */
    public List<Receipt> waiting(long customerId) {
        return of(customerId).stream().filter(r -> r.confirmedAt() == null).toList();
    }

    /** One of them; empty for any other task. */
    public Optional<Receipt> get(long customerId, long taskId) {
        return of(customerId).stream().filter(r -> r.taskId() == taskId).findFirst();
    }

    /**
     * The customer confirms they received it (the first confirmation counts).
     *
     * @throws RefusedException when it is not one of theirs waiting for a confirmation
     */
    @Transactional
    public Receipt confirm(long customerId, long taskId) {
        Receipt receipt = get(customerId, taskId).orElseThrow(() -> new RefusedException("plan.refused.receipt"));
        PlanTask task = tasks.findById(taskId).orElseThrow();
        if (task.getReceiptConfirmedAt() == null) {
            task.receiptConfirmed(clock.instant());
            tasks.saveAndFlush(task);
        }
        return get(customerId, taskId).orElse(receipt);
    }

    private static Receipt receipt(PlanTask t, ProjectSummary project) {
        return new Receipt(
                t.getId(),
                t.getProjectId(),
                project == null ? t.getProjectName() : project.name(),
                t.getGoal(),
                t.getRecordKind(),
                t.getHeldAt(),
                t.getReceiptConfirmedAt());
    }
}
