package com.siteline.complaint.internal;

import com.siteline.base.AbstractEntity;
import com.siteline.base.UnitScope;
import com.siteline.complaint.ApprovalLevel;
import com.siteline.complaint.CompensationState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.Filter;

/** A compensation (补偿) proposed on an issue, with its decision and when it was given. */
@Entity
@Filter(name = UnitScope.FILTER, condition = UnitScope.OF_UNIT)
@Table(name = "compensation")
public class Compensation extends AbstractEntity {

    @Column(name = "business_unit_id", nullable = false)
    private long businessUnitId;

    @Column(name = "issue_id", nullable = false)
    private long issueId;

    @Column(name = "issue_title", nullable = false, length = 200)
    private String issueTitle;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "level_needed", nullable = false, length = 16)
    private ApprovalLevel levelNeeded;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private CompensationState state;

    @Column(name = "proposed_by", nullable = false, length = 60)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @Column(name = "decided_by", length = 60)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_note", length = 1000)
    private String decisionNote;

    @Column(name = "given_by", length = 60)
    private String givenBy;

    @Column(name = "given_at")
    private Instant givenAt;

    protected Compensation() {}

    public Compensation(
            long businessUnitId,
            long issueId,
            String issueTitle,
            BigDecimal amount,
            String reason,
            ApprovalLevel levelNeeded,
            String proposedBy,
            Instant proposedAt) {
        this.businessUnitId = businessUnitId;
        this.issueId = issueId;
        this.issueTitle = issueTitle;
        this.amount = amount;
        this.reason = reason;
        this.levelNeeded = levelNeeded;
        this.state = CompensationState.PROPOSED;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
    }

    public void decided(boolean approved, String by, String note, Instant at) {
        this.state = approved ? CompensationState.APPROVED : CompensationState.REJECTED;
        this.decidedBy = by;
        this.decisionNote = note;
        this.decidedAt = at;
    }

    public void given(String by, Instant at) {
        this.state = CompensationState.GIVEN;
        this.givenBy = by;
        this.givenAt = at;
    }

    public long getBusinessUnitId() {
        return businessUnitId;
    }

    public long getIssueId() {
        return issueId;
    }

    public String getIssueTitle() {
        return issueTitle;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getReason() {
        return reason;
    }

    public ApprovalLevel getLevelNeeded() {
        return levelNeeded;
    }

    public CompensationState getState() {
        return state;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public Instant getProposedAt() {
        return proposedAt;
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

    public String getGivenBy() {
        return givenBy;
    }

    public Instant getGivenAt() {
        return givenAt;
    }
}
