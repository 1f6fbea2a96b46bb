package com.siteline.access.internal;

import com.siteline.access.AccessStatus;
import com.siteline.base.AbstractEntity;
import com.siteline.base.RecordGrants;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A request to read another unit's record, and once approved the grant it becomes. */
@Entity
@Table(name = "access_request")
public class AccessRequest extends AbstractEntity {

    @Column(nullable = false, length = 60)
    private String requester;

    @Enumerated(EnumType.STRING)
    @Column(name = "record_kind", nullable = false, length = 10)
    private RecordGrants.Kind recordKind;

    @Column(name = "record_id", nullable = false)
    private long recordId;

    @Column(name = "record_label", nullable = false, length = 200)
    private String recordLabel;

    @Column(name = "owning_unit_id", nullable = false)
    private long owningUnitId;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;

    @Column(name = "last_day", nullable = false)
    private LocalDate lastDay;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private AccessStatus status;

    @Column(name = "decided_by", length = 60)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_note", length = 500)
    private String decisionNote;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected AccessRequest() {}

    public AccessRequest(
            String requester,
            RecordGrants.Kind recordKind,
            long recordId,
            String recordLabel,
            long owningUnitId,
            String reason,
            LocalDate firstDay,
            LocalDate lastDay,
            Instant startsAt,
            Instant endsAt,
            Instant createdAt) {
        this.requester = requester;
        this.recordKind = recordKind;
        this.recordId = recordId;
        this.recordLabel = recordLabel;
        this.owningUnitId = owningUnitId;
        this.reason = reason;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.createdAt = createdAt;
        this.status = AccessStatus.PENDING;
    }

    public void decide(AccessStatus outcome, String by, Instant at, String note) {
        this.status = outcome;
        this.decidedBy = by;
        this.decidedAt = at;
        this.decisionNote = note;
    }

    public String getRequester() {
        return requester;
    }

    public RecordGrants.Kind getRecordKind() {
        return recordKind;
    }

    public long getRecordId() {
        return recordId;
    }

    public String getRecordLabel() {
        return recordLabel;
    }

    public long getOwningUnitId() {
        return owningUnitId;
    }

    public String getReason() {
        return reason;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public AccessStatus getStatus() {
        return status;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** Approved and within its period at the given time. */
    public boolean runningAt(Instant now) {
        return status == AccessStatus.APPROVED && !now.isBefore(startsAt) && now.isBefore(endsAt);
    }
}
