package com.siteline.project.internal;

import com.siteline.base.StoredFile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "project_attachment")
public class ProjectAttachment extends StoredFile {

    @Column(name = "project_id", nullable = false)
    private long projectId;

    /** The stage the project was in when the file came (null for files from before this was kept). */
    @Column(name = "stage_id", length = 80)
    private String stageId;

    protected ProjectAttachment() {}

    public ProjectAttachment(
            long projectId, String fileName, String contentType, byte[] data, String uploadedBy, Instant at) {
        super(fileName, contentType, data, uploadedBy, at);
        this.projectId = projectId;
    }

    public ProjectAttachment inStage(String stage) {
        this.stageId = stage;
        return this;
    }

    public String getStageId() {
        return stageId;
    }

    public long getProjectId() {
        return projectId;
    }
}
