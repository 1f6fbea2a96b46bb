package com.siteline.plan.internal;

import com.siteline.base.AbstractEntity;
import com.siteline.base.UnitScope;
import com.siteline.customer.Channel;
import com.siteline.plan.TaskState;
import com.siteline.sdk.PlanLine;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Filter;

/** One communication a plan in force asks for: a line's period (or trigger day) of a project. */
@Entity
@Filter(name = UnitScope.FILTER, condition = UnitScope.OF_UNIT)
@Table(name = "comm_task")
public class PlanTask extends AbstractEntity {

    @Column(name = "business_unit_id", nullable = false)
    private long businessUnitId;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "project_name", nullable = false, length = 200)
    private String projectName;

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @Column(name = "line_key", nullable = false, length = 64)
    private String lineKey;

    @Column(nullable = false, length = 200)
    private String goal;

    @Enumerated(EnumType.STRING)
    @Column(name = "held_by", nullable = false, length = 16)
    private PlanLine.HeldBy heldBy;

    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    private Channel channel;

    @Column(nullable = false, length = 60)
    private String owner;

    @Column(name = "period_first", nullable = false)
    private LocalDate periodFirst;

    @Column(name = "period_last", nullable = false)
    private LocalDate periodLast;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private TaskState state;

    @Column(name = "held_at")
    private Instant heldAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "record_kind", length = 16)
    private PlanLine.HeldBy recordKind;

    @Column(name = "record_id")
    private Long recordId;

    @Column(name = "closed_by", length = 60)
    private String closedBy;

    @Column(length = 500)
    private String note;

    @Column(name = "escalation_step", nullable = false)
    private int escalationStep;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Whether the customer is asked to confirm they received it, once it is held. */
    @Column(name = "confirm_receipt", nullable = false)
    private boolean confirmReceipt;

    @Column(name = "receipt_confirmed_at")
    private Instant receiptConfirmedAt;

    protected PlanTask() {}

    public PlanTask(
            long businessUnitId,
            long projectId,
            String projectName,
            CommPlanLine line,
            String owner,
            LocalDate periodFirst,
            LocalDate periodLast,
            LocalDate dueOn,
            Instant createdAt) {
        this.businessUnitId = businessUnitId;
        this.projectId = projectId;
        this.projectName = projectName;
        this.planId = line.getPlan().getId();
        this.lineKey = line.getLineKey();
        this.goal = line.getGoal();
        this.heldBy = line.getHeldBy();
        this.channel = line.getChannel();
        this.owner = owner;
        this.periodFirst = periodFirst;
        this.periodLast = periodLast;
        this.dueOn = dueOn;
        this.state = TaskState.OPEN;
        this.createdAt = createdAt;
        this.confirmReceipt = line.isConfirmReceipt() && line.audience().contains(PlanLine.CUSTOMER);
    }

    /** The customer confirmed they received what held the task. */
    public void receiptConfirmed(Instant at) {
        this.receiptConfirmedAt = at;
    }

    public boolean isConfirmReceipt() {
        return confirmReceipt;
    }

    public Instant getReceiptConfirmedAt() {
        return receiptConfirmedAt;
    }

    /** Whether the customer is waited for: asked to confirm, held, not confirmed yet. */
    public boolean awaitsReceipt() {
        return confirmReceipt && receiptConfirmedAt == null && (state == TaskState.HELD || state == TaskState.LATE);
    }

    /**
     * Held by a record on a day: on time when the day is not after the due day, late otherwise.
     *
     * @param by who matched it; null when matched automatically
     */
    public void held(PlanLine.HeldBy kind, long record, Instant at, LocalDate day, String by) {
        this.state = day.isAfter(dueOn) ? TaskState.LATE : TaskState.HELD;
        this.recordKind = kind;
        this.recordId = record;
        this.heldAt = at;
        this.closedBy = by;
    }

    public void missed(String by, String note, Instant at) {
        this.state = TaskState.MISSED;
        this.closedBy = by;
        this.note = note;
        this.heldAt = at;
    }

    public void cancelled() {
        this.state = TaskState.CANCELLED;
    }

    public void escalated(int step) {
        this.escalationStep = step;
    }

    public boolean overdue(LocalDate today) {
        return state == TaskState.OPEN && dueOn.isBefore(today);
    }

    public long getBusinessUnitId() {
        return businessUnitId;
    }

    public long getProjectId() {
        return projectId;
    }

    public String getProjectName() {
        return projectName;
    }

    public long getPlanId() {
        return planId;
    }

    public String getLineKey() {
        return lineKey;
    }

    public String getGoal() {
        return goal;
    }

    public PlanLine.HeldBy getHeldBy() {
        return heldBy;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getPeriodFirst() {
        return periodFirst;
    }

    public LocalDate getPeriodLast() {
        return periodLast;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public TaskState getState() {
        return state;
    }

    public Instant getHeldAt() {
        return heldAt;
    }

    public PlanLine.HeldBy getRecordKind() {
        return recordKind;
    }

    public Long getRecordId() {
        return recordId;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public String getNote() {
        return note;
    }

    public int getEscalationStep() {
        return escalationStep;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
