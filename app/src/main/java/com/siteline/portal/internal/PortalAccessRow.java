package com.siteline.portal.internal;

import com.siteline.base.AbstractEntity;
import com.siteline.base.UnitScope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Filter;

/** A customer's access to the portal: a personal link (only its SHA-256 kept), until it runs out or is revoked. */
@Entity
@Filter(name = UnitScope.FILTER, condition = UnitScope.OF_CUSTOMER)
@Table(name = "portal_access")
public class PortalAccessRow extends AbstractEntity {

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "business_unit_id", nullable = false)
    private long businessUnitId;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 60)
    private String revokedBy;

    @Column(name = "failed_codes", nullable = false)
    private int failedCodes;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected PortalAccessRow() {}

    public PortalAccessRow(
            long customerId,
            long businessUnitId,
            String tokenHash,
            String createdBy,
            Instant createdAt,
            Instant expiresAt) {
        this.customerId = customerId;
        this.businessUnitId = businessUnitId;
        this.tokenHash = tokenHash;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public boolean live(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    public void revoke(String by, Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
            revokedBy = by;
        }
    }

    /** One more wrong code; from the fifth on the link waits 1, 2, 4 … (at most 60) minutes before the next try. */
    public void failed(Instant now) {
        failedCodes++;
        if (failedCodes >= 5) {
            long minutes = Math.min(60, 1L << Math.min(6, failedCodes - 5));
            lockedUntil = now.plusSeconds(minutes * 60);
        }
    }

    public void succeeded() {
        failedCodes = 0;
        lockedUntil = null;
    }

    public long getCustomerId() {
        return customerId;
    }

    public long getBusinessUnitId() {
        return businessUnitId;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public int getFailedCodes() {
        return failedCodes;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }
}
