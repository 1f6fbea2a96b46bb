package com.siteline.notification.internal;

import com.siteline.base.AbstractRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** An address a channel could not deliver to (a bounce), and when: skipped by the outbox for a while. */
@Entity
@Table(name = "channel_address_failure")
public class AddressFailureRow extends AbstractRow {

    @Column(name = "channel_id", nullable = false, length = 40)
    private String channelId;

    @Column(nullable = false, length = 200)
    private String address;

    @Column(length = 300)
    private String detail;

    @Column(name = "failed_at", nullable = false)
    private Instant failedAt;

    protected AddressFailureRow() {}

    public AddressFailureRow(String channelId, String address) {
        this.channelId = channelId;
        this.address = address;
    }

    public void failed(String detail, Instant at) {
        this.detail = detail == null ? null : detail.substring(0, Math.min(300, detail.length()));
        this.failedAt = at;
    }

    public Instant getFailedAt() {
        return failedAt;
    }
}
