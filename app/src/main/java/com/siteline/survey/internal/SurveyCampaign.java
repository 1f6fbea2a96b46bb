package com.siteline.survey.internal;

import com.siteline.base.AbstractEntity;
import com.siteline.base.UnitScope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Filter;

/** A unit's survey campaign: its template, its numbers and the seed its sample was drawn with. */
@Entity
@Filter(name = UnitScope.FILTER, condition = UnitScope.OF_UNIT)
@Table(name = "survey_campaign")
public class SurveyCampaign extends AbstractEntity {
    @Column(name = "business_unit_id", nullable = false)
    private long businessUnitId;

    @Column(name = "variant_id", nullable = false, length = 64)
    private String variantId;

    @Column(name = "template_id", nullable = false, length = 64)
    private String templateId;

    @Column(name = "template_version", nullable = false)
    private int templateVersion;

    @Column(name = "focus_share", nullable = false)
    private double focusShare;

    @Column(name = "sample_rate", nullable = false)
    private double sampleRate;

    @Column(name = "target_rate", nullable = false)
    private double targetRate;

    @Column(nullable = false)
    private long seed;

    @Column(nullable = false)
    private int candidates;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "reminder_waves", nullable = false)
    private int reminderWaves;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SurveyCampaign() {}

    public SurveyCampaign(
            long businessUnitId,
            String variantId,
            String templateId,
            int templateVersion,
            double focusShare,
            double sampleRate,
            double targetRate,
            long seed,
            int candidates,
            LocalDate endsOn,
            String createdBy,
            Instant createdAt) {
        this.businessUnitId = businessUnitId;
        this.variantId = variantId;
        this.templateId = templateId;
        this.templateVersion = templateVersion;
        this.focusShare = focusShare;
        this.sampleRate = sampleRate;
        this.targetRate = targetRate;
        this.seed = seed;
        this.candidates = candidates;
        this.endsOn = endsOn;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void reminded() {
        reminderWaves++;
    }

    public long getBusinessUnitId() {
        return businessUnitId;
    }

    public String getVariantId() {
        return variantId;
    }

    public String getTemplateId() {
        return templateId;
    }

    public int getTemplateVersion() {
        return templateVersion;
    }

    public double getFocusShare() {
        return focusShare;
    }

    public double getSampleRate() {
        return sampleRate;
    }

    public double getTargetRate() {
        return targetRate;
    }

    public long getSeed() {
        return seed;
    }

    public int getCandidates() {
        return candidates;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public int getReminderWaves() {
        return reminderWaves;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
