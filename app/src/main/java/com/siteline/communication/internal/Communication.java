package com.siteline.communication.internal;

import com.siteline.base.UnitScope;
import com.siteline.customer.Channel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Filter;

/** One entry of the communication log (沟通记录). */
@Entity
@Filter(name = UnitScope.FILTER, condition = UnitScope.OF_CUSTOMER)
@Table(name = "communication")
public class Communication extends com.siteline.base.ArchivableEntity {

    @Column(name = "business_unit_id", nullable = false)
    private long businessUnitId;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "customer_name", nullable = false, length = 120)
    private String customerName;

    @Column(name = "project_id")
    private Long projectId;

    @Column(name = "issue_id")
    private Long issueId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(length = 200)
    private String place;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Channel channel;

    @Column(length = 300)
    private String participants;

    @Column(nullable = false, length = 4000)
    private String content;

    @Column(length = 1000)
    private String outcome;

    @Column(name = "promised_reply_at")
    private Instant promisedReplyAt;

    @Column(name = "replied_at")
    private Instant repliedAt;

    @Column(nullable = false, length = 60)
    private String author;

    @Column(name = "promise_alert_at")
    private Instant promiseAlertAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Communication() {}

    public Communication(
            long businessUnitId,
            long customerId,
            String customerName,
            Long projectId,
            Long issueId,
            Instant occurredAt,
            String place,
            Channel channel,
            String participants,
            String content,
            String outcome,
            Instant promisedReplyAt,
            String author,
            Instant createdAt) {
        this.businessUnitId = businessUnitId;
        this.customerId = customerId;
        this.customerName = customerName;
        this.projectId = projectId;
        this.issueId = issueId;
        this.occurredAt = occurredAt;
        this.place = place;
        this.channel = channel;
        this.participants = participants;
        this.content = content;
        this.outcome = outcome;
        this.promisedReplyAt = promisedReplyAt;
        this.promiseAlertAt = promisedReplyAt;
        this.author = author;
        this.createdAt = createdAt;
    }

    public void replied(Instant at) {
        this.repliedAt = at;
        this.promiseAlertAt = null;
    }

    public void promiseAlerted() {
        this.promiseAlertAt = null;
    }

    public Instant getPromiseAlertAt() {
        return promiseAlertAt;
    }

    public void setCustomerName(String customerName) {
        this.customerName = customerName;
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

    public Long getProjectId() {
        return projectId;
    }

    public Long getIssueId() {
        return issueId;
    }

    /** The entry turns out to be about an issue raised from it (a repair request made from the call). */
    public void about(long issueId) {
        this.issueId = issueId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getPlace() {
        return place;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getParticipants() {
        return participants;
    }

    public String getContent() {
        return content;
    }

    public String getOutcome() {
        return outcome;
    }

    public Instant getPromisedReplyAt() {
        return promisedReplyAt;
    }

    public Instant getRepliedAt() {
        return repliedAt;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
