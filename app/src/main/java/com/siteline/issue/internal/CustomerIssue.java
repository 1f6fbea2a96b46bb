package com.siteline.issue.internal;

import com.siteline.base.UnitScope;
import com.siteline.customer.CustomerDetails;
import com.siteline.issue.IssueStatus;
import com.siteline.issue.Verdict;
import com.siteline.sdk.IssueType;
import com.siteline.sdk.Urgency;
import com.siteline.sla.CustomerType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Filter;

/** A customer issue (客户问题) of one business unit. */
@Entity
@Filter(name = UnitScope.FILTER, condition = UnitScope.OF_CUSTOMER)
@Table(name = "customer_issue")
public class CustomerIssue extends com.siteline.base.ArchivableEntity {

    @Column(name = "business_unit_id", nullable = false)
    private long businessUnitId;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "customer_name", nullable = false, length = 120)
    private String customerName;

    /** The customer's type, kept with the issue (as its name) for the inbox's filter and the reports' groups. */
    @Enumerated(EnumType.STRING)
    @Column(name = "customer_type", nullable = false, length = 20)
    private CustomerType customerType = CustomerType.INDIVIDUAL;

    @Column(name = "project_id")
    private Long projectId;

    @Column(name = "variant_id", length = 80)
    private String variantId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 4000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "issue_type", nullable = false, length = 20)
    private IssueType type;

    @Column(name = "category_id", length = 80)
    private String categoryId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Urgency urgency;
    /** 0 urgent, 1 important, 2 normal: sorts by severity from an index. */
    @Column(name = "urgency_rank", nullable = false)
    private int urgencyRank;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private IssueStatus status;

    @Column(name = "open_issue", nullable = false)
    private boolean openIssue;

    @Column(length = 60)
    private String assignee;

    @Column(length = 60)
    private String reviewer;

    @Column(name = "root_cause", length = 2000)
    private String rootCause;

    @Column(length = 2000)
    private String resolution;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Verdict verdict;

    @Column(length = 300)
    private String tags;

    @Column(name = "promised_reply_at")
    private Instant promisedReplyAt;

    @Column(name = "reported_by", nullable = false, length = 60)
    private String reportedBy;
    /** How the issue reached Siteline: null when staff recorded it, "portal" when the customer raised it there. */
    @Column(length = 20)
    private String channel;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "classified_at")
    private Instant classifiedAt;

    @Column(name = "assigned_at")
    private Instant assignedAt;

    @Column(name = "handling_at")
    private Instant handlingAt;

    @Column(name = "feedback_at")
    private Instant feedbackAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "revisited_at")
    private Instant revisitedAt;

    @Column(name = "rule_plugin", length = 80)
    private String rulePlugin;

    @Column(name = "rule_number")
    private Integer ruleNumber;

    @Column(name = "business_time")
    private Boolean businessTime;

    @Column(name = "first_response_minutes")
    private Long firstResponseMinutes;

    @Column(name = "next_update_minutes")
    private Long nextUpdateMinutes;

    @Column(name = "resolution_minutes")
    private Long resolutionMinutes;

    @Column(name = "first_response_due")
    private Instant firstResponseDue;

    @Column(name = "next_update_due")
    private Instant nextUpdateDue;

    @Column(name = "resolution_due")
    private Instant resolutionDue;

    @Column(name = "first_responded_at")
    private Instant firstRespondedAt;

    @Column(name = "last_update_at")
    private Instant lastUpdateAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "paused_since")
    private Instant pausedSince;

    @Column(name = "next_due_at")
    private Instant nextDueAt;

    @Column(name = "next_alert_at")
    private Instant nextAlertAt;

    @Column(name = "pause_reason", length = 80)
    private String pauseReason;

    @Column(name = "warn_lead_minutes")
    private Long warnLeadMinutes;

    @Column(name = "escalate_after_minutes")
    private Long escalateAfterMinutes;

    @Column(name = "escalation_step", nullable = false)
    private int escalationStep;

    @Column(name = "first_response_taken")
    private Long firstResponseTaken;

    @Column(name = "resolution_taken")
    private Long resolutionTaken;

    @Column(name = "next_update_counted", nullable = false)
    private int nextUpdateCounted;

    @Column(name = "next_update_met", nullable = false)
    private int nextUpdateMet;

    @Column(name = "reopened_count", nullable = false)
    private int reopenedCount;

    @Column(name = "plan_measures", length = 1000)
    private String planMeasures;

    @Column(name = "plan_owner", length = 60)
    private String planOwner;

    @Column(name = "plan_expected_by")
    private Instant planExpectedBy;

    @Column(name = "plan_given_at")
    private Instant planGivenAt;

    @Column(name = "plan_given_by", length = 60)
    private String planGivenBy;

    protected CustomerIssue() {}

    public CustomerIssue(CustomerDetails customer, String reportedBy, Instant now) {
        this.businessUnitId = customer.businessUnitId();
        this.customerId = customer.id();
        this.customerName = customer.name();
        this.customerType = customer.type();
        this.reportedBy = reportedBy;
        this.createdAt = now;
        this.updatedAt = now;
        this.status = IssueStatus.IDENTIFIED;
        this.openIssue = true;
    }

    /** Moves to the status and stamps the step's time; the caller has checked the move is allowed. */
    public void moveTo(IssueStatus target, Instant now) {
        status = target;
        openIssue = target.isOpen();
        updatedAt = now;
        switch (target) {
            case CLASSIFIED -> classifiedAt = now;
            case ASSIGNED -> assignedAt = now;
            case IN_PROGRESS -> handlingAt = handlingAt == null ? now : handlingAt;
            case FEEDBACK_GIVEN -> feedbackAt = now;
            case CLOSED -> closedAt = now;
            case REVISITED -> revisitedAt = now;
            default -> {}
        }
    }

    /** Open again after it was closed: in hand with its handler, the review undone (the events keep it). */
    public void reopen(Instant now) {
        status = IssueStatus.IN_PROGRESS;
        openIssue = true;
        updatedAt = now;
        closedAt = null;
        revisitedAt = null;
        verdict = null;
        reviewer = null;
    }

    public void touch(Instant now) {
        updatedAt = now;
    }

    public long getBusinessUnitId() {
        return businessUnitId;
    }

    public long getCustomerId() {
        return customerId;
    }

    public String getCustomerName() {
        return customerName;
    }

    public CustomerType getCustomerType() {
        return customerType;
    }

    public void setCustomerName(String customerName) {
        this.customerName = customerName;
    }

    public Long getProjectId() {
        return projectId;
    }

    public void setProjectId(Long projectId) {
        this.projectId = projectId;
    }

    public String getVariantId() {
        return variantId;
    }

    public void setVariantId(String variantId) {
        this.variantId = variantId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public IssueType getType() {
        return type;
    }

    public void setType(IssueType type) {
        this.type = type;
    }

    public String getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(String categoryId) {
        this.categoryId = categoryId;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public void setUrgency(Urgency urgency) {
        this.urgency = urgency;
        this.urgencyRank = severity(urgency);
    }

    /** An urgency's severity, as the inbox sorts it: descending puts the urgent first, issues without one last. */
    public static int severity(Urgency urgency) {
        return urgency == null ? -1 : Urgency.values().length - 1 - urgency.ordinal();
    }

    /** Stored in place of "no running deadline" so that "breaching soonest first" sorts from an index. */
    public static final Instant NO_DEADLINE = Instant.parse("9999-12-31T00:00:00Z");

    /** The earliest unmet deadline while the clock runs, or null. */
    public Instant runningDue() {
        return nextDueAt == null || nextDueAt.equals(NO_DEADLINE) ? null : nextDueAt;
    }

    public IssueStatus getStatus() {
        return status;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public String getReviewer() {
        return reviewer;
    }

    public void setReviewer(String reviewer) {
        this.reviewer = reviewer;
    }

    public String getRootCause() {
        return rootCause;
    }

    public void setRootCause(String rootCause) {
        this.rootCause = rootCause;
    }

    public String getResolution() {
        return resolution;
    }

    public void setResolution(String resolution) {
        this.resolution = resolution;
    }

    public Verdict getVerdict() {
        return verdict;
    }

    public void setVerdict(Verdict verdict) {
        this.verdict = verdict;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public Instant getPromisedReplyAt() {
        return promisedReplyAt;
    }

    public void setPromisedReplyAt(Instant promisedReplyAt) {
        this.promisedReplyAt = promisedReplyAt;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getClassifiedAt() {
        return classifiedAt;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public Instant getHandlingAt() {
        return handlingAt;
    }

    public Instant getFeedbackAt() {
        return feedbackAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Instant getRevisitedAt() {
        return revisitedAt;
    }

    public String getRulePlugin() {
        return rulePlugin;
    }

    public void setRulePlugin(String rulePlugin) {
        this.rulePlugin = rulePlugin;
    }

    public Integer getRuleNumber() {
        return ruleNumber;
    }

    public void setRuleNumber(Integer ruleNumber) {
        this.ruleNumber = ruleNumber;
    }

    public Boolean getBusinessTime() {
        return businessTime;
    }

    public void setBusinessTime(Boolean businessTime) {
        this.businessTime = businessTime;
    }

    public Long getFirstResponseMinutes() {
        return firstResponseMinutes;
    }

    public void setFirstResponseMinutes(Long firstResponseMinutes) {
        this.firstResponseMinutes = firstResponseMinutes;
    }

    public Long getNextUpdateMinutes() {
        return nextUpdateMinutes;
    }

    public void setNextUpdateMinutes(Long nextUpdateMinutes) {
        this.nextUpdateMinutes = nextUpdateMinutes;
    }

    public Long getResolutionMinutes() {
        return resolutionMinutes;
    }

    public void setResolutionMinutes(Long resolutionMinutes) {
        this.resolutionMinutes = resolutionMinutes;
    }

    public Instant getFirstResponseDue() {
        return firstResponseDue;
    }

    public void setFirstResponseDue(Instant firstResponseDue) {
        this.firstResponseDue = firstResponseDue;
    }

    public Instant getNextUpdateDue() {
        return nextUpdateDue;
    }

    public void setNextUpdateDue(Instant nextUpdateDue) {
        this.nextUpdateDue = nextUpdateDue;
    }

    public Instant getResolutionDue() {
        return resolutionDue;
    }

    public void setResolutionDue(Instant resolutionDue) {
        this.resolutionDue = resolutionDue;
    }

    public Instant getFirstRespondedAt() {
        return firstRespondedAt;
    }

    public void setFirstRespondedAt(Instant firstRespondedAt) {
        this.firstRespondedAt = firstRespondedAt;
    }

    public Instant getLastUpdateAt() {
        return lastUpdateAt;
    }

    public void setLastUpdateAt(Instant lastUpdateAt) {
        this.lastUpdateAt = lastUpdateAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public void setResolvedAt(Instant resolvedAt) {
        this.resolvedAt = resolvedAt;
    }

    public Instant getPausedSince() {
        return pausedSince;
    }

    public void setPausedSince(Instant pausedSince) {
        this.pausedSince = pausedSince;
    }

    public Instant getNextDueAt() {
        return nextDueAt;
    }

    public void setNextDueAt(Instant nextDueAt) {
        this.nextDueAt = nextDueAt;
    }

    public Instant getNextAlertAt() {
        return nextAlertAt;
    }

    public void setNextAlertAt(Instant nextAlertAt) {
        this.nextAlertAt = nextAlertAt;
    }

    public int getEscalationStep() {
        return escalationStep;
    }

    public void setEscalationStep(int escalationStep) {
        this.escalationStep = escalationStep;
    }

    public Long getWarnLeadMinutes() {
        return warnLeadMinutes;
    }

    public void setWarnLeadMinutes(Long warnLeadMinutes) {
        this.warnLeadMinutes = warnLeadMinutes;
    }

    public Long getEscalateAfterMinutes() {
        return escalateAfterMinutes;
    }

    public void setEscalateAfterMinutes(Long escalateAfterMinutes) {
        this.escalateAfterMinutes = escalateAfterMinutes;
    }

    public String getPauseReason() {
        return pauseReason;
    }

    public void setPauseReason(String pauseReason) {
        this.pauseReason = pauseReason;
    }

    /** Minutes of target time (the rule's business or calendar time, pauses not counted) to the first response. */
    public Long getFirstResponseTaken() {
        return firstResponseTaken;
    }

    public void setFirstResponseTaken(Long minutes) {
        this.firstResponseTaken = minutes;
    }
    /** Minutes of target time to the (last) resolution. */
    public Long getResolutionTaken() {
        return resolutionTaken;
    }

    public void setResolutionTaken(Long minutes) {
        this.resolutionTaken = minutes;
    }
    /** Next-update deadlines kept or missed so far, and how many of them were kept in time. */
    public int getNextUpdateCounted() {
        return nextUpdateCounted;
    }

    public int getNextUpdateMet() {
        return nextUpdateMet;
    }

    public void countNextUpdate(boolean met) {
        nextUpdateCounted++;
        if (met) {
            nextUpdateMet++;
        }
    }
    /** How often a feedback was taken back (feedback given → in progress). */
    public int getReopenedCount() {
        return reopenedCount;
    }

    public void reopened() {
        reopenedCount++;
    }

    /** The handling plan as given (a newer one replaces it), or null. */
    public HandlingPlan getPlan() {
        return planGivenAt == null
                ? null
                : new HandlingPlan(planMeasures, planOwner, planExpectedBy, planGivenAt, planGivenBy);
    }

    public void givePlan(String measures, String owner, Instant expectedBy, Instant at, String by) {
        this.planMeasures = measures;
        this.planOwner = owner;
        this.planExpectedBy = expectedBy;
        this.planGivenAt = at;
        this.planGivenBy = by;
    }
}
