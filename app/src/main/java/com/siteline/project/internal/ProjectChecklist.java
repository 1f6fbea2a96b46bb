package com.siteline.project.internal;

import com.siteline.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "project_checklist")
public class ProjectChecklist extends AbstractEntity {

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "checklist_id", nullable = false, length = 80)
    private String checklistId;

    @Column(name = "checklist_version", nullable = false)
    private int checklistVersion;

    // longtext on MariaDB (matched by name), clob on H2 (matched by type): see the V2_1 migrations
    @Lob
    @Column(nullable = false, columnDefinition = "longtext")
    private String results;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 60)
    private String updatedBy;

    protected ProjectChecklist() {}

    public ProjectChecklist(long projectId, String checklistId, int checklistVersion) {
        this.projectId = projectId;
        this.checklistId = checklistId;
        this.checklistVersion = checklistVersion;
    }

    public int getChecklistVersion() {
        return checklistVersion;
    }

    public String getResults() {
        return results;
    }

    public void update(String results, String by) {
        this.results = results;
        this.updatedBy = by;
        this.updatedAt = Instant.now();
    }
}
