package com.siteline.portal.internal;

import com.siteline.base.AbstractEntity;
import com.siteline.base.UnitScope;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Filter;

/**
 * A written confirmation the customer is asked for (a node inspection, the completion acceptance): its content
 * frozen when staff ask, with its SHA-256; once signed or rejected it never changes again.
 */
@Entity
@Filter(name = UnitScope.FILTER, condition = UnitScope.OF_CUSTOMER)
@Table(name = "portal_confirmation")
public class ConfirmationRow extends AbstractEntity {

    /** An inspection or acceptance of a stage (the stage's sign-off), or a change order (变更单). */
    public enum Kind {
        INSPECTION,
        CHANGE_ORDER
    }

    /** A change order is a draft until a manager reviews it; the customer sees only pending and decided ones. */
    public enum State {
        DRAFT,
        PENDING,
        CONFIRMED,
        REJECTED,
        WITHDRAWN
    }

    @Column(nullable = false, length = 20)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Kind kind;

    @Column(name = "price_delta", precision = 12, scale = 2)
    private java.math.BigDecimal priceDelta;

    @Column(name = "days_delta")
    private Integer daysDelta;

    @Column(name = "reviewed_by", length = 60)
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "business_unit_id", nullable = false)
    private long businessUnitId;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "stage_id", length = 80)
    private String stageId;

    @Column(nullable = false, length = 300)
    private String title;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(nullable = false, columnDefinition = "longtext")
    private String content;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(nullable = false, length = 12)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private State state;

    @Column(name = "requested_by", nullable = false, length = 60)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "signer_name", length = 120)
    private String signerName;

    @Column(length = 2000)
    private String reason;

    @Column(length = 64)
    private String ip;

    @Column(name = "user_agent", length = 300)
    private String userAgent;

    @Column(name = "issue_id")
    private Long issueId;

    protected ConfirmationRow() {}

    public ConfirmationRow(
            Kind kind,
            long businessUnitId,
            long customerId,
            long projectId,
            String stageId,
            String title,
            String content,
            String contentHash,
            String requestedBy,
            Instant requestedAt) {
        this.kind = kind;
        this.businessUnitId = businessUnitId;
        this.customerId = customerId;
        this.projectId = projectId;
        this.stageId = stageId;
        this.title = title;
        this.content = content;
        this.contentHash = contentHash;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.state = kind == Kind.CHANGE_ORDER ? State.DRAFT : State.PENDING;
    }

    /** Its content's SHA-256, kept beside it: what was shown is what is signed. */
    public ConfirmationRow hashed() {
        try {
            this.contentHash = java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(content.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** A change order's price and schedule change (money may be negative: a saving). */
    public ConfirmationRow changing(java.math.BigDecimal price, Integer days) {
        this.priceDelta = price;
        this.daysDelta = days;
        return this;
    }

    /** A manager reviewed the draft: it goes to the customer. */
    public void reviewed(String by, Instant at) {
        if (state != State.DRAFT) {
            throw new IllegalStateException("confirmation " + getId() + " is " + state);
        }
        this.reviewedBy = by;
        this.reviewedAt = at;
        this.state = State.PENDING;
    }

    /** Staff take back a request the customer has not answered. */
    public void withdraw(Instant at) {
        if (state != State.PENDING && state != State.DRAFT) {
            throw new IllegalStateException("confirmation " + getId() + " is " + state);
        }
        this.state = State.WITHDRAWN;
        this.decidedAt = at;
    }

    public void decide(State outcome, Instant at, String signer, String why, String address, String agent, Long issue) {
        if (state != State.PENDING) {
            throw new IllegalStateException("confirmation " + getId() + " is " + state);
        }
        this.state = outcome;
        this.decidedAt = at;
        this.signerName = signer;
        this.reason = why;
        this.ip = address == null || address.length() <= 64 ? address : address.substring(0, 64);
        this.userAgent = agent == null || agent.length() <= 300 ? agent : agent.substring(0, 300);
        this.issueId = issue;
    }

    public void linkIssue(long issue) {
        this.issueId = issue;
    }

    public Kind getKind() {
        return kind;
    }

    public java.math.BigDecimal getPriceDelta() {
        return priceDelta;
    }

    public Integer getDaysDelta() {
        return daysDelta;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public long getBusinessUnitId() {
        return businessUnitId;
    }

    public long getCustomerId() {
        return customerId;
    }

    public long getProjectId() {
        return projectId;
    }

    public String getStageId() {
        return stageId;
    }

    public String getTitle() {
        return title;
    }

    public String getContent() {
        return content;
    }

    public String getContentHash() {
        return contentHash;
    }

    public State getState() {
        return state;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getSignerName() {
        return signerName;
    }

    public String getReason() {
        return reason;
    }

    public String getIp() {
        return ip;
    }

    public String getUserAgent() {
        return userAgent;
    }

    public Long getIssueId() {
        return issueId;
    }
}
