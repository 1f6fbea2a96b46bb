package com.siteline.sla.internal;

import com.siteline.base.AbstractRow;
import com.siteline.sdk.IssueType;
import com.siteline.sdk.Urgency;
import com.siteline.sla.CustomerTier;
import com.siteline.sla.CustomerType;
import com.siteline.sla.ResponseRule;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

@Entity
@Table(name = "response_rule")
public class ResponseRuleRow extends AbstractRow {

    @Column(name = "plugin_id", nullable = false, length = 80)
    private String pluginId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean enabled;

    @Enumerated(EnumType.STRING)
    @Column(name = "issue_type", length = 20)
    private IssueType issueType;

    @Column(name = "category_id", length = 80)
    private String categoryId;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Urgency urgency;

    @Column(name = "stage_id", length = 80)
    private String stageId;

    @Enumerated(EnumType.STRING)
    @Column(name = "customer_tier", length = 40)
    private CustomerTier customerTier;

    @Enumerated(EnumType.STRING)
    @Column(name = "customer_type", length = 20)
    private CustomerType customerType;

    @Column(name = "first_response_minutes", nullable = false)
    private long firstResponseMinutes;

    @Column(name = "next_update_minutes")
    private Long nextUpdateMinutes;

    @Column(name = "resolution_minutes")
    private Long resolutionMinutes;

    @Column(name = "business_time", nullable = false)
    private boolean businessTime;

    @Column(name = "warn_lead_minutes")
    private Long warnLeadMinutes;

    @Column(name = "escalate_after_minutes")
    private Long escalateAfterMinutes;

    protected ResponseRuleRow() {}

    public ResponseRuleRow(String pluginId, int position, ResponseRule rule) {
        this.pluginId = pluginId;
        this.position = position;
        this.enabled = rule.enabled();
        this.issueType = rule.issueType();
        this.categoryId = rule.categoryId();
        this.urgency = rule.urgency();
        this.stageId = rule.stageId();
        this.customerTier = rule.customerTier();
        this.customerType = rule.customerType();
        this.firstResponseMinutes = rule.firstResponseMinutes();
        this.nextUpdateMinutes = rule.nextUpdateMinutes();
        this.resolutionMinutes = rule.resolutionMinutes();
        this.businessTime = rule.businessTime();
        this.warnLeadMinutes = rule.warnLeadMinutes();
        this.escalateAfterMinutes = rule.escalateAfterMinutes();
    }

    public ResponseRule toRule() {
        return new ResponseRule(
                enabled,
                issueType,
                categoryId,
                urgency,
                stageId,
                customerTier,
                customerType,
                firstResponseMinutes,
                nextUpdateMinutes,
                resolutionMinutes,
                businessTime,
                warnLeadMinutes,
                escalateAfterMinutes);
    }
}
