package com.siteline.notification.internal;

import com.siteline.base.AbstractRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A gateway's reference for a sent message (one per SMS part) and what its receipt said. A receipt that arrives
 * before the message's references are stored is kept here with no message and joined when they are.
 */
@Entity
@Table(name = "customer_message_part")
public class MessagePartRow extends AbstractRow {

    @Column(name = "message_id")
    private Long messageId;

    @Column(nullable = false, length = 40)
    private String channel;

    @Column(nullable = false, length = 100)
    private String reference;

    private Boolean delivered;

    @Column(length = 300)
    private String detail;

    @Column(name = "receipt_at")
    private Instant receiptAt;

    protected MessagePartRow() {}

    public MessagePartRow(Long messageId, String channel, String reference) {
        this.messageId = messageId;
        this.channel = channel;
        this.reference = reference;
    }

    public void receipt(boolean delivered, String detail, Instant at) {
        this.delivered = delivered;
        this.detail = detail == null ? null : detail.substring(0, Math.min(300, detail.length()));
        this.receiptAt = at;
    }

    /** Frees the reference for a new message: this part stays on record under {@code reference#id}. */
    public void retire() {
        String suffix = "#" + getId();
        this.reference = reference.substring(0, Math.min(reference.length(), 100 - suffix.length())) + suffix;
    }

    public void belongsTo(long messageId) {
        this.messageId = messageId;
    }

    public Long getMessageId() {
        return messageId;
    }

    public String getChannel() {
        return channel;
    }

    public String getReference() {
        return reference;
    }

    public Boolean getDelivered() {
        return delivered;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getReceiptAt() {
        return receiptAt;
    }
}
