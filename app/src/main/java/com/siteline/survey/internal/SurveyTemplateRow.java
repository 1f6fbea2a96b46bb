package com.siteline.survey.internal;

import com.siteline.base.AbstractRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** One version of a survey template an administrator made; its questions as the SDK's template in JSON. */
@Entity
@Table(name = "survey_template")
public class SurveyTemplateRow extends AbstractRow {
    @Column(name = "template_id", nullable = false, length = 64)
    private String templateId;

    @Column(name = "template_version", nullable = false)
    private int templateVersion;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Lob
    @Column(nullable = false, columnDefinition = "longtext")
    private String content;

    protected SurveyTemplateRow() {}

    public SurveyTemplateRow(
            String templateId, int templateVersion, String title, String content, String createdBy, Instant createdAt) {
        this.templateId = templateId;
        this.templateVersion = templateVersion;
        this.title = title;
        this.content = content;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.active = true;
    }

    public String getTemplateId() {
        return templateId;
    }

    public int getTemplateVersion() {
        return templateVersion;
    }

    public String getTitle() {
        return title;
    }

    public boolean isActive() {
        return active;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getContent() {
        return content;
    }

    public void retire() {
        active = false;
    }
}
