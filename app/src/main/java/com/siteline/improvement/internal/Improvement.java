package com.siteline.improvement.internal;

import com.siteline.base.AbstractEntity;
import com.siteline.base.UnitScope;
import com.siteline.improvement.ImprovementSource;
import com.siteline.improvement.ImprovementState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Filter;

/** An improvement action of a unit. */
@Entity
@Filter(name = UnitScope.FILTER, condition = UnitScope.OF_UNIT)
@Table(name = "improvement")
public class Improvement extends AbstractEntity {

    @Column(name = "business_unit_id", nullable = false)
    private long businessUnitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ImprovementSource source;

    @Column(name = "source_id")
    private Long sourceId;

    @Column(name = "source_label", nullable = false, length = 200)
    private String sourceLabel;

    @Column(nullable = false, length = 1000)
    private String cause;

    @Column(nullable = false, length = 1000)
    private String measure;

    @Column(nullable = false, length = 60)
    private String owner;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ImprovementState state;

    @Column(name = "raised_by", nullable = false, length = 60)
    private String raisedBy;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Column(name = "implemented_at")
    private Instant implementedAt;

    @Column(name = "implemented_note", length = 1000)
    private String implementedNote;

    @Column(name = "verified_by", length = 60)
    private String verifiedBy;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(length = 1000)
    private String verification;

    @Column(name = "escalation_step", nullable = false)
    private int escalationStep;

    protected Improvement() {}

    public Improvement(
            long businessUnitId,
            ImprovementSource source,
            Long sourceId,
            String sourceLabel,
            String cause,
            String measure,
            String owner,
            LocalDate dueOn,
            String raisedBy,
            Instant raisedAt) {
        this.businessUnitId = businessUnitId;
        this.source = source;
        this.sourceId = sourceId;
        this.sourceLabel = sourceLabel;
        this.cause = cause;
        this.measure = measure;
        this.owner = owner;
        this.dueOn = dueOn;
        this.raisedBy = raisedBy;
        this.raisedAt = raisedAt;
        this.state = ImprovementState.OPEN;
    }

    public void implemented(String note, Instant at) {
        this.state = ImprovementState.IMPLEMENTED;
        this.implementedNote = note;
        this.implementedAt = at;
    }

    /** Verified as working (closed), or found not to work (open again, the verification says why). */
    public void verified(boolean works, String by, String note, Instant at) {
        this.state = works ? ImprovementState.VERIFIED : ImprovementState.OPEN;
        this.verifiedBy = by;
        this.verifiedAt = at;
        this.verification = note;
    }

    public void escalated(int step) {
        this.escalationStep = step;
    }

    public long getBusinessUnitId() {
        return businessUnitId;
    }

    public ImprovementSource getSource() {
        return source;
    }

    public Long getSourceId() {
        return sourceId;
    }

    public String getSourceLabel() {
        return sourceLabel;
    }

    public String getCause() {
        return cause;
    }

    public String getMeasure() {
        return measure;
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public ImprovementState getState() {
        return state;
    }

    public String getRaisedBy() {
        return raisedBy;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public Instant getImplementedAt() {
        return implementedAt;
    }

    public String getImplementedNote() {
        return implementedNote;
    }

    public String getVerifiedBy() {
        return verifiedBy;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }

    public String getVerification() {
        return verification;
    }

    public int getEscalationStep() {
        return escalationStep;
    }
}
