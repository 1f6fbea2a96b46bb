package com.siteline.notification.internal;

import com.siteline.base.AbstractRow;
import com.siteline.base.UnitScope;
import com.siteline.notification.MessageOutcome;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Filter;

/** One message to a customer, as sent (or not): the outbox keeps every one. */
@Entity
@Filter(name = UnitScope.FILTER, condition = UnitScope.OF_CUSTOMER)
@Table(name = "customer_message")
public class CustomerMessageRow extends AbstractRow {
    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "customer_name", nullable = false, length = 200)
    private String customerName;

    @Column(name = "business_unit_id", nullable = false)
    private long businessUnitId;

    @Column(nullable = false, length = 30)
    private String kind;

    @Column(length = 20)
    private String channel;

    @Column(length = 200)
    private String address;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(nullable = false, length = 4000)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private MessageOutcome outcome;

    @Column(length = 300)
    private String detail;

    @Column(nullable = false)
    private boolean urgent;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(length = 200)
    private String tried;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "replied_at")
    private Instant repliedAt;

    @Column(name = "failed_at")
    private Instant failedAt;

    @Column(name = "reply_text", length = 1000)
    private String replyText;

    @Column(name = "channel_first", length = 40)
    private String channelFirst;

    @Column(name = "issue_id")
    private Long issueId;

    @Column(name = "project_id")
    private Long projectId;

    protected CustomerMessageRow() {}

    public CustomerMessageRow(
            long customerId,
            String customerName,
            long businessUnitId,
            String kind,
            String subject,
            String body,
            Instant createdAt) {
        this.customerId = customerId;
        this.customerName = customerName;
        this.businessUnitId = businessUnitId;
        this.kind = kind;
        this.subject = subject;
        this.body = body;
        this.createdAt = createdAt;
        this.outcome = MessageOutcome.PENDING;
    }

    /** A channel took it (its gateway's receipts may follow). */
    public void sent(String channel, String address, Instant at, String detail) {
        this.channel = channel;
        this.address = address;
        this.sentAt = notBefore(at, createdAt);
        this.outcome = MessageOutcome.SENT;
        this.detail = cut(detail);
        this.nextAttemptAt = null;
    }

    /** No channel can reach the customer: kept in the outbox only, with why. */
    public void kept(String detail) {
        this.outcome = MessageOutcome.KEPT;
        this.detail = cut(detail);
        this.nextAttemptAt = null;
    }

    /** Held back by a rule until a time. */
    public void held(Instant until, String detail) {
        this.outcome = MessageOutcome.HELD;
        this.nextAttemptAt = until;
        this.detail = cut(detail);
    }

    /** To be tried again at a time (on the same channel after a passing refusal, or on the next one). */
    public void retryAt(Instant at, String detail, boolean countsAsAttempt) {
        this.outcome = MessageOutcome.PENDING;
        this.nextAttemptAt = at;
        this.detail = cut(detail);
        if (countsAsAttempt) {
            attempts++;
        }
    }

    /** A channel is done with it (refused it, or its receipt said undelivered): the next channel gets it now. */
    public void channelFailed(String channel, String detail, Instant now) {
        this.tried = tried == null ? channel : tried + "," + channel;
        this.attempts = 0;
        this.outcome = MessageOutcome.PENDING;
        this.nextAttemptAt = now;
        this.detail = cut(channel + ": " + detail);
    }

    /** Every channel that could reach the customer failed. */
    public void failed(String detail, Instant at) {
        this.outcome = MessageOutcome.FAILED;
        this.failedAt = at;
        this.nextAttemptAt = null;
        this.detail = cut(detail);
    }

    public void delivered(Instant at) {
        if (outcome == MessageOutcome.SENT) {
            this.outcome = MessageOutcome.DELIVERED;
        }
        this.deliveredAt = notBefore(at, sentAt != null ? sentAt : createdAt);
    }

    /**
     * A time of this message's life never before the step it follows: the node that sends or hears a receipt may run
     * a clock a little behind the one that wrote the message (several machines), and the record keeps its order.
     */
    private static Instant notBefore(Instant at, Instant earliest) {
        return earliest != null && at.isBefore(earliest) ? earliest : at;
    }

    public void replied(String text, Instant at) {
        this.outcome = MessageOutcome.REPLIED;
        this.repliedAt = notBefore(at, sentAt != null ? sentAt : createdAt);
        this.replyText = text.length() <= 1000 ? text : text.substring(0, 1000);
    }

    /** The channels tried and given up, in order. */
    public java.util.List<String> triedChannels() {
        return tried == null ? java.util.List.of() : java.util.List.of(tried.split(","));
    }

    private static String cut(String detail) {
        return detail == null ? null : detail.substring(0, Math.min(detail.length(), 300));
    }

    /** What the message is about: an issue, a project (either may be null). */
    public void about(Long issueId, Long projectId) {
        this.issueId = issueId;
        this.projectId = projectId;
    }

    public Long getIssueId() {
        return issueId;
    }

    public Long getProjectId() {
        return projectId;
    }

    public String getChannelFirst() {
        return channelFirst;
    }

    public void setChannelFirst(String channelFirst) {
        this.channelFirst = channelFirst;
    }

    public boolean isUrgent() {
        return urgent;
    }

    public void setUrgent(boolean urgent) {
        this.urgent = urgent;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }

    public Instant getRepliedAt() {
        return repliedAt;
    }

    public Instant getFailedAt() {
        return failedAt;
    }

    public String getReplyText() {
        return replyText;
    }

    public long getCustomerId() {
        return customerId;
    }

    public String getCustomerName() {
        return customerName;
    }

    public long getBusinessUnitId() {
        return businessUnitId;
    }

    public String getKind() {
        return kind;
    }

    public String getChannel() {
        return channel;
    }

    public String getAddress() {
        return address;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public MessageOutcome getOutcome() {
        return outcome;
    }

    public String getDetail() {
        return detail;
    }
}
