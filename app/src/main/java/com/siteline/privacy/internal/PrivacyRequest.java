package com.siteline.privacy.internal;

import com.siteline.base.AbstractEntity;
import com.siteline.base.UnitScope;
import com.siteline.privacy.PrivacyStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Filter;

/** A customer's erasure request (个人信息删除申请) in its unit. */
@Entity
@Filter(name = UnitScope.FILTER, condition = UnitScope.OF_UNIT)
@Table(name = "privacy_request")
public class PrivacyRequest extends AbstractEntity {

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "business_unit_id", nullable = false)
    private long businessUnitId;

    /** STAFF (asked on the customer's behalf) or PORTAL (asked by the customer). */
    @Column(nullable = false, length = 10)
    private String source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PrivacyStatus status;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "requested_by", nullable = false, length = 60)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "decided_by", length = 60)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_note", length = 500)
    private String decisionNote;

    @Column(length = 1000)
    private String summary;

    protected PrivacyRequest() {}

    public PrivacyRequest(
            long customerId, long businessUnitId, String source, String reason, String requestedBy, Instant at) {
        this.customerId = customerId;
        this.businessUnitId = businessUnitId;
        this.source = source;
        this.status = PrivacyStatus.REQUESTED;
        this.reason = reason;
        this.requestedBy = requestedBy;
        this.requestedAt = at;
    }

    public void decided(PrivacyStatus outcome, String by, String note, Instant at, String summary) {
        this.status = outcome;
        this.decidedBy = by;
        this.decisionNote = note;
        this.decidedAt = at;
        this.summary = summary;
    }

    public long getCustomerId() {
        return customerId;
    }

    public long getBusinessUnitId() {
        return businessUnitId;
    }

    public String getSource() {
        return source;
    }

    public PrivacyStatus getStatus() {
        return status;
    }

    public String getReason() {
        return reason;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
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

    public String getSummary() {
        return summary;
    }
}
