package com.siteline.project.internal;

import com.siteline.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "project_form")
public class ProjectForm extends AbstractEntity {

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "form_id", nullable = false, length = 80)
    private String formId;

    @Column(name = "form_version", nullable = false)
    private int formVersion;

    // longtext on MariaDB (matched by name), clob on H2 (matched by type): see the V2_1 migrations
    @Lob
    @Column(nullable = false, columnDefinition = "longtext")
    private String answers;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 60)
    private String updatedBy;

    protected ProjectForm() {}

    public ProjectForm(long projectId, String formId, int formVersion) {
        this.projectId = projectId;
        this.formId = formId;
        this.formVersion = formVersion;
    }

    public int getFormVersion() {
        return formVersion;
    }

    public String getAnswers() {
        return answers;
    }

    public void update(String answers, String by) {
        this.answers = answers;
        this.updatedBy = by;
        this.updatedAt = Instant.now();
    }
}
