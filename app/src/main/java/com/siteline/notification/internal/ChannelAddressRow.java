package com.siteline.notification.internal;

import com.siteline.base.AbstractEntity;
import com.siteline.base.UnitScope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Filter;

/** A customer's address on a channel of its own (a group robot's webhook key). Audited under the customer. */
@Entity
@Filter(name = UnitScope.FILTER, condition = UnitScope.OF_CUSTOMER)
@Table(name = "customer_channel_address")
public class ChannelAddressRow extends AbstractEntity {

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "business_unit_id", nullable = false)
    private long businessUnitId;

    @Column(name = "channel_id", nullable = false, length = 40)
    private String channelId;

    @Column(name = "address", nullable = false, length = 200)
    private String channelAddress;

    @Column(name = "updated_by", nullable = false, length = 60)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ChannelAddressRow() {}

    public ChannelAddressRow(long customerId, long businessUnitId, String channelId) {
        this.customerId = customerId;
        this.businessUnitId = businessUnitId;
        this.channelId = channelId;
    }

    public void change(String address, String by, Instant at) {
        this.channelAddress = address;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public long getCustomerId() {
        return customerId;
    }

    public String getChannelId() {
        return channelId;
    }

    public String getAddress() {
        return channelAddress;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
