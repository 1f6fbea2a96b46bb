package com.siteline.project.internal;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "project_attachment")
public class ProjectAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 120)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    // longblob on MariaDB (matched by name), blob on H2 (matched by type): see the V4_1 migrations
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "longblob")
    private byte[] data;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, length = 60)
    private String uploadedBy;

    /** The stage the project was in when the file came (null for files from before this was kept). */
    @Column(name = "stage_id", length = 80)
    private String stageId;

    protected ProjectAttachment() {
    }

    public ProjectAttachment(long projectId, String fileName, String contentType, byte[] data, String uploadedBy) {
        this.projectId = projectId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.data = data;
        this.sizeBytes = data.length;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = Instant.now();
    }

    public ProjectAttachment inStage(String stage) {
        this.stageId = stage;
        return this;
    }

    public String getStageId() {
        return stageId;
    }

    public java.time.Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Long getId() {
        return id;
    }

    public long getProjectId() {
        return projectId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getData() {
        return data;
    }
}
