package com.siteline.project.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** The customer signed a stage off (客户签字确认). */
@Entity
@Table(name = "project_sign_off")
public class ProjectSignOff {

    @Embeddable
    public record Key(
            @Column(name = "project_id") long projectId,
            @Column(name = "stage_id", length = 80) String stageId) implements Serializable {}

    @EmbeddedId
    private Key key;

    @Column(name = "signed_by", nullable = false, length = 120)
    private String signedBy;

    @Column(name = "signed_at", nullable = false)
    private Instant signedAt;

    @Column(name = "recorded_by", nullable = false, length = 60)
    private String recordedBy;

    protected ProjectSignOff() {}

    public ProjectSignOff(long projectId, String stageId, String signedBy, String recordedBy) {
        this.key = new Key(projectId, stageId);
        this.signedBy = signedBy;
        this.recordedBy = recordedBy;
        this.signedAt = Instant.now();
    }

    public Key getKey() {
        return key;
    }

    public String getSignedBy() {
        return signedBy;
    }

    public Instant getSignedAt() {
        return signedAt;
    }
}
