package com.siteline.followup.internal;

import com.siteline.base.AbstractEntity;
import com.siteline.base.UnitScope;
import com.siteline.customer.Channel;
import com.siteline.followup.VisitState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Filter;

/** One return visit of a schedule: when it is due, who makes it, what came of it. */
@Entity
@Filter(name = UnitScope.FILTER, condition = UnitScope.OF_CUSTOMER)
@Table(name = "return_visit")
public class ReturnVisit extends AbstractEntity {
    @Column(name = "source_key", nullable = false, length = 120)
    private String sourceKey;

    @Column(name = "business_unit_id", nullable = false)
    private long businessUnitId;

    @Column(name = "variant_id", nullable = false, length = 64)
    private String variantId;

    @Column(name = "schedule_id", nullable = false, length = 64)
    private String scheduleId;

    @Column(name = "sequence_no", nullable = false)
    private int sequence;

    @Column(name = "offset_text", nullable = false, length = 20)
    private String offsetText;

    @Column(name = "customer_id")
    private Long customerId;

    @Column(name = "customer_name", nullable = false, length = 200)
    private String customerName;

    @Column(name = "project_id")
    private Long projectId;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(length = 60)
    private String owner;

    @Column(name = "planned_on", nullable = false)
    private LocalDate plannedOn;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private VisitState state;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    private Channel channel;

    private Integer satisfaction;

    @Column(length = 1000)
    private String remarks;

    @Column(length = 1000)
    private String problems;

    @Column(name = "raised_issue_id")
    private Long raisedIssueId;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "done_by", length = 60)
    private String doneBy;

    @Column(name = "escalation_step", nullable = false)
    private int escalationStep;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "form_id", length = 80)
    private String formId;

    @Column(name = "form_version")
    private Integer formVersion;

    @jakarta.persistence.Lob
    @Column(name = "form_answers", columnDefinition = "longtext")
    private String formAnswers;

    protected ReturnVisit() {}

    public ReturnVisit(
            String sourceKey,
            long businessUnitId,
            String variantId,
            String scheduleId,
            int sequence,
            String offsetText,
            Long customerId,
            String customerName,
            Long projectId,
            String subject,
            String owner,
            LocalDate plannedOn,
            Instant createdAt) {
        this.sourceKey = sourceKey;
        this.businessUnitId = businessUnitId;
        this.variantId = variantId;
        this.scheduleId = scheduleId;
        this.sequence = sequence;
        this.offsetText = offsetText;
        this.customerId = customerId;
        this.customerName = customerName;
        this.projectId = projectId;
        this.subject = subject.length() > 300 ? subject.substring(0, 300) : subject;
        this.owner = owner;
        this.plannedOn = plannedOn;
        this.dueOn = plannedOn;
        this.state = VisitState.DUE;
        this.createdAt = createdAt;
    }

    /** The answers to the variant's visit form (JSON), of that form's version. */
    public void formAnswered(String formId, int formVersion, String answers) {
        this.formId = formId;
        this.formVersion = formVersion;
        this.formAnswers = answers;
    }

    public String getFormId() {
        return formId;
    }

    public Integer getFormVersion() {
        return formVersion;
    }

    public String getFormAnswers() {
        return formAnswers;
    }

    /** An attempt that did not reach the customer: tried again on that day, the ladder starts over. */
    public void notReached(Channel channel, LocalDate retryOn, String remarks, Instant now) {
        this.attempts++;
        this.lastAttemptAt = now;
        this.channel = channel;
        this.remarks = remarks;
        this.dueOn = retryOn;
        this.escalationStep = 0;
    }

    public void done(
            Channel channel,
            int satisfaction,
            String remarks,
            String problems,
            Long raisedIssueId,
            String by,
            Instant now) {
        this.attempts++;
        this.lastAttemptAt = now;
        this.channel = channel;
        this.satisfaction = satisfaction;
        this.remarks = remarks;
        this.problems = problems;
        this.raisedIssueId = raisedIssueId;
        this.state = VisitState.DONE;
        this.doneAt = now;
        this.doneBy = by;
    }

    public void cancel(String by, Instant now) {
        this.state = VisitState.CANCELLED;
        this.doneAt = now;
        this.doneBy = by;
    }

    public void escalated(int step) {
        this.escalationStep = step;
    }

    public String getSourceKey() {
        return sourceKey;
    }

    public long getBusinessUnitId() {
        return businessUnitId;
    }

    public String getVariantId() {
        return variantId;
    }

    public String getScheduleId() {
        return scheduleId;
    }

    public int getSequence() {
        return sequence;
    }

    public String getOffsetText() {
        return offsetText;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getCustomerName() {
        return customerName;
    }

    public Long getProjectId() {
        return projectId;
    }

    public String getSubject() {
        return subject;
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getPlannedOn() {
        return plannedOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public VisitState getState() {
        return state;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getLastAttemptAt() {
        return lastAttemptAt;
    }

    public Channel getChannel() {
        return channel;
    }

    public Integer getSatisfaction() {
        return satisfaction;
    }

    public String getRemarks() {
        return remarks;
    }

    public String getProblems() {
        return problems;
    }

    public Long getRaisedIssueId() {
        return raisedIssueId;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public String getDoneBy() {
        return doneBy;
    }

    public int getEscalationStep() {
        return escalationStep;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
