package com.siteline.portal.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A project photo staff shared with the customer (a photo is internal until shared). */
@Entity
@Table(name = "portal_shared_photo")
public class SharedPhotoRow {

    @Id
    @Column(name = "attachment_id")
    private Long attachmentId;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "shared_by", nullable = false, length = 60)
    private String sharedBy;

    @Column(name = "shared_at", nullable = false)
    private Instant sharedAt;

    protected SharedPhotoRow() {}

    public SharedPhotoRow(long attachmentId, long projectId, String sharedBy, Instant sharedAt) {
        this.attachmentId = attachmentId;
        this.projectId = projectId;
        this.sharedBy = sharedBy;
        this.sharedAt = sharedAt;
    }

    public Long getAttachmentId() {
        return attachmentId;
    }

    public long getProjectId() {
        return projectId;
    }

    public Instant getSharedAt() {
        return sharedAt;
    }
}
