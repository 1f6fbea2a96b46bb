package com.siteline.portal.internal;

import com.siteline.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A one-time code (only its SHA-256 kept): to sign in, or to sign one confirmation; single use, short-lived. */
@Entity
@Table(name = "portal_code")
public class PortalCodeRow extends AbstractEntity {

    public static final int MAX_ATTEMPTS = 5;

    @Column(name = "access_id", nullable = false)
    private long accessId;

    @Column(nullable = false, length = 20)
    private String purpose;

    @Column(name = "subject_id")
    private Long subjectId;

    @Column(name = "code_hash", nullable = false, length = 64)
    private String codeHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(nullable = false)
    private int attempts;

    protected PortalCodeRow() {}

    public PortalCodeRow(
            long accessId, String purpose, Long subjectId, String codeHash, Instant createdAt, Instant expiresAt) {
        this.accessId = accessId;
        this.purpose = purpose;
        this.subjectId = subjectId;
        this.codeHash = codeHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public boolean usable(Instant now) {
        return usedAt == null && attempts < MAX_ATTEMPTS && now.isBefore(expiresAt);
    }

    public void attempted() {
        attempts++;
    }

    public void used(Instant now) {
        usedAt = now;
    }

    public long getAccessId() {
        return accessId;
    }

    public String getPurpose() {
        return purpose;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public String getCodeHash() {
        return codeHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }

    public int getAttempts() {
        return attempts;
    }
}
