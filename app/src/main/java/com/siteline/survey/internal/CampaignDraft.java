package com.siteline.survey.internal;

import com.siteline.base.AbstractEntity;
import com.siteline.base.UnitScope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Filter;

/** A survey campaign drafted for a unit's dated obligation, and the campaign started from it. */
@Entity
@Filter(name = UnitScope.FILTER, condition = UnitScope.OF_UNIT)
@Table(name = "campaign_draft")
public class CampaignDraft extends AbstractEntity {

    @Column(name = "business_unit_id", nullable = false)
    private long businessUnitId;

    @Column(name = "variant_id", nullable = false, length = 80)
    private String variantId;

    @Column(name = "obligation_id", nullable = false, length = 80)
    private String obligationId;

    @Column(name = "template_id", nullable = false, length = 64)
    private String templateId;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "drafted_at", nullable = false)
    private Instant draftedAt;

    @Column(name = "campaign_id")
    private Long campaignId;

    @Column(name = "started_at")
    private Instant startedAt;

    protected CampaignDraft() {}

    public CampaignDraft(
            long businessUnitId,
            String variantId,
            String obligationId,
            String templateId,
            LocalDate dueOn,
            Instant draftedAt) {
        this.businessUnitId = businessUnitId;
        this.variantId = variantId;
        this.obligationId = obligationId;
        this.templateId = templateId;
        this.dueOn = dueOn;
        this.draftedAt = draftedAt;
    }

    public void started(long campaignId, Instant at) {
        this.campaignId = campaignId;
        this.startedAt = at;
    }

    public long getBusinessUnitId() {
        return businessUnitId;
    }

    public String getVariantId() {
        return variantId;
    }

    public String getObligationId() {
        return obligationId;
    }

    public String getTemplateId() {
        return templateId;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Instant getDraftedAt() {
        return draftedAt;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public Instant getStartedAt() {
        return startedAt;
    }
}
