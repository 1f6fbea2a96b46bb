package com.siteline.obligation.internal;

import com.siteline.base.AbstractEntity;
import com.siteline.base.UnitScope;
import com.siteline.obligation.Fulfilment;
import com.siteline.obligation.ObligationState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Filter;

/** One period's task of a unit's recurring obligation. */
@Entity
@Filter(name = UnitScope.FILTER, condition = UnitScope.OF_UNIT)
@Table(name = "obligation_task")
public class ObligationTask extends AbstractEntity {
    @Column(name = "business_unit_id", nullable = false)
    private long businessUnitId;

    @Column(name = "variant_id", nullable = false, length = 64)
    private String variantId;

    @Column(name = "obligation_id", nullable = false, length = 64)
    private String obligationId;

    @Column(name = "period_first", nullable = false)
    private LocalDate periodFirst;

    @Column(name = "period_last", nullable = false)
    private LocalDate periodLast;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private ObligationState state;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "done_by", length = 60)
    private String doneBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "fulfilled_by", length = 12)
    private Fulfilment fulfilledBy;

    @Column(name = "fulfilment_ref")
    private Long fulfilmentRef;

    @Column(name = "held_on")
    private LocalDate heldOn;

    private Integer attendance;

    @Column(length = 2000)
    private String evaluation;

    @Column(name = "escalation_step", nullable = false)
    private int escalationStep;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ObligationTask() {}

    public ObligationTask(
            long businessUnitId,
            String variantId,
            String obligationId,
            LocalDate periodFirst,
            LocalDate periodLast,
            LocalDate dueOn,
            Instant createdAt) {
        this.businessUnitId = businessUnitId;
        this.variantId = variantId;
        this.obligationId = obligationId;
        this.periodFirst = periodFirst;
        this.periodLast = periodLast;
        this.dueOn = dueOn;
        this.state = ObligationState.OPEN;
        this.createdAt = createdAt;
    }

    public void done(
            Fulfilment by,
            Long reference,
            LocalDate heldOn,
            Integer attendance,
            String evaluation,
            String user,
            Instant now) {
        this.state = ObligationState.DONE;
        this.fulfilledBy = by;
        this.fulfilmentRef = reference;
        this.heldOn = heldOn;
        this.attendance = attendance;
        this.evaluation = evaluation;
        this.doneBy = user;
        this.doneAt = now;
    }

    /** The unit's plan names the day it is held (its yearly event plan): due that day. */
    public void plannedOn(LocalDate day) {
        this.dueOn = day;
    }

    public void escalated(int step) {
        this.escalationStep = step;
    }

    public long getBusinessUnitId() {
        return businessUnitId;
    }

    public String getVariantId() {
        return variantId;
    }

    public String getObligationId() {
        return obligationId;
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

    public ObligationState getState() {
        return state;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public String getDoneBy() {
        return doneBy;
    }

    public Fulfilment getFulfilledBy() {
        return fulfilledBy;
    }

    public Long getFulfilmentRef() {
        return fulfilmentRef;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public Integer getAttendance() {
        return attendance;
    }

    public String getEvaluation() {
        return evaluation;
    }

    public int getEscalationStep() {
        return escalationStep;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
