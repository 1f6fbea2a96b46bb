package com.siteline.survey.internal;

import com.siteline.base.AbstractEntity;
import com.siteline.base.UnitScope;
import com.siteline.survey.SurveyState;
import com.siteline.survey.SurveyTrigger;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Filter;

/** One survey asked (or to be asked) of a customer about one case, and its answer. */
@Entity
@Filter(name = UnitScope.FILTER, condition = UnitScope.OF_CUSTOMER)
@Table(name = "survey_request")
public class SurveyRequest extends AbstractEntity {
    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "customer_name", nullable = false, length = 200)
    private String customerName;

    @Column(name = "business_unit_id", nullable = false)
    private long businessUnitId;

    @Column(name = "variant_id", length = 64)
    private String variantId;

    @Column(name = "issue_id")
    private Long issueId;

    @Column(name = "project_id")
    private Long projectId;

    @Column(name = "visit_id")
    private Long visitId;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(length = 60)
    private String handler;

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_kind", nullable = false, length = 20)
    private SurveyTrigger trigger;

    @Column(name = "template_id", nullable = false, length = 64)
    private String templateId;

    @Column(name = "template_version", nullable = false)
    private int templateVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private SurveyState state;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answered_by", length = 60)
    private String answeredBy;

    @Column(name = "answer_channel", length = 12)
    private String answerChannel;

    @Column(name = "answer_ip", length = 64)
    private String answerIp;

    @Column(name = "answer_agent", length = 300)
    private String answerAgent;

    private Integer rating;

    @Lob
    @Column(columnDefinition = "longtext")
    private String answers;

    @Column(name = "comment_text", length = 2000)
    private String commentText;

    @Column(name = "poor_followed_at")
    private Instant poorFollowedAt;

    @Column(name = "skipped_by", length = 60)
    private String skippedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "campaign_id")
    private Long campaignId;

    @Column(length = 8)
    private String segment;

    @Column(length = 60)
    private String reason;

    protected SurveyRequest() {}

    /** A member of a campaign's sample: sent by the next sweep, the link valid until the campaign ends. */
    public static SurveyRequest member(
            long campaignId,
            long customerId,
            String customerName,
            long businessUnitId,
            String variantId,
            String subject,
            String templateId,
            int templateVersion,
            String segment,
            String reason,
            Instant expires,
            Instant now) {
        SurveyRequest request = new SurveyRequest(
                customerId,
                customerName,
                businessUnitId,
                variantId,
                null,
                subject,
                null,
                SurveyTrigger.CAMPAIGN,
                templateId,
                templateVersion,
                now,
                now);
        request.campaignId = campaignId;
        request.segment = segment;
        request.reason = reason;
        request.expiresAt = expires;
        return request;
    }

    public SurveyRequest(
            long customerId,
            String customerName,
            long businessUnitId,
            String variantId,
            Long issueId,
            String subject,
            String handler,
            SurveyTrigger trigger,
            String templateId,
            int templateVersion,
            Instant dueAt,
            Instant createdAt) {
        this.customerId = customerId;
        this.customerName = customerName;
        this.businessUnitId = businessUnitId;
        this.variantId = variantId;
        this.issueId = issueId;
        this.subject = subject.length() > 300 ? subject.substring(0, 300) : subject;
        this.handler = handler;
        this.trigger = trigger;
        this.templateId = templateId;
        this.templateVersion = templateVersion;
        this.state = SurveyState.SCHEDULED;
        this.dueAt = dueAt;
        this.createdAt = createdAt;
    }

    /** The link went out (again, for the reminder: the earlier link no longer opens). */
    public void sent(String tokenHash, Instant now, Instant expiresAt) {
        this.state = SurveyState.SENT;
        this.tokenHash = tokenHash;
        this.sentAt = now;
        this.expiresAt = expiresAt;
        this.dueAt = null;
    }

    public void reminded(String tokenHash, Instant now) {
        this.tokenHash = tokenHash;
        this.remindedAt = now;
    }

    public void answered(
            String answers,
            String commentText,
            Integer rating,
            String channel,
            String by,
            String ip,
            String agent,
            Instant now) {
        this.state = SurveyState.ANSWERED;
        this.answers = answers;
        this.commentText =
                commentText == null || commentText.length() <= 2000 ? commentText : commentText.substring(0, 2000);
        this.rating = rating;
        this.answerChannel = channel;
        this.answeredBy = by;
        this.answerIp = ip == null || ip.length() <= 64 ? ip : ip.substring(0, 64);
        this.answerAgent = agent == null || agent.length() <= 300 ? agent : agent.substring(0, 300);
        this.answeredAt = now;
        this.tokenHash = null;
        this.dueAt = null;
    }

    /** Ended without an answer: skipped, throttled, no contact, expired. The link no longer opens. */
    public void end(SurveyState state, String by) {
        this.state = state;
        this.skippedBy = by;
        this.tokenHash = null;
        this.dueAt = null;
    }

    public void dueAt(Instant dueAt) {
        this.dueAt = dueAt;
    }

    public void poorFollowed(Instant now) {
        this.poorFollowedAt = now;
    }

    public long getCustomerId() {
        return customerId;
    }

    public String getCustomerName() {
        return customerName;
    }

    public String getCommentText() {
        return commentText;
    }

    public long getBusinessUnitId() {
        return businessUnitId;
    }

    public String getVariantId() {
        return variantId;
    }

    public Long getIssueId() {
        return issueId;
    }

    public Long getProjectId() {
        return projectId;
    }

    /** The project a completion survey asks about. */
    /** The return visit it follows (at most one survey a visit). */
    public void forVisit(Long visitId) {
        this.visitId = visitId;
    }

    public Long getVisitId() {
        return visitId;
    }

    public void forProject(Long projectId) {
        this.projectId = projectId;
    }

    public String getSubject() {
        return subject;
    }

    public String getHandler() {
        return handler;
    }

    public SurveyTrigger getTrigger() {
        return trigger;
    }

    public String getTemplateId() {
        return templateId;
    }

    public int getTemplateVersion() {
        return templateVersion;
    }

    public SurveyState getState() {
        return state;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public String getAnswerChannel() {
        return answerChannel;
    }

    public String getAnswerIp() {
        return answerIp;
    }

    public String getAnswerAgent() {
        return answerAgent;
    }

    public Integer getRating() {
        return rating;
    }

    public String getAnswers() {
        return answers;
    }

    public Instant getPoorFollowedAt() {
        return poorFollowedAt;
    }

    public String getSkippedBy() {
        return skippedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public String getSegment() {
        return segment;
    }

    public String getReason() {
        return reason;
    }
}
