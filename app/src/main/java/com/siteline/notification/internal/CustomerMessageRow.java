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

    public void delivered(String channel, String address, Instant at) {
        this.channel = channel;
        this.address = address;
        this.sentAt = at;
        this.outcome = MessageOutcome.SENT;
        this.detail = null;
    }

    public void kept(String detail) {
        this.outcome = MessageOutcome.KEPT;
        this.detail = detail;
    }

    public void failed(String channel, String address, String detail) {
        this.channel = channel;
        this.address = address;
        this.outcome = MessageOutcome.FAILED;
        this.detail = detail == null ? null : detail.substring(0, Math.min(detail.length(), 300));
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
