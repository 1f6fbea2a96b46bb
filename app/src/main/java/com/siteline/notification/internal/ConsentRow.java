package com.siteline.notification.internal;

import com.siteline.base.AbstractRow;
import com.siteline.base.UnitScope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Filter;

/**
 * One decision of a customer about a channel ({@code channel:sms}) or a purpose ({@code purpose:MARKETING}): given or
 * withdrawn, when and how. Rows are only added; the newest of a subject is in force.
 */
@Entity
@Filter(name = UnitScope.FILTER, condition = UnitScope.OF_CUSTOMER)
@Table(name = "customer_consent")
public class ConsentRow extends AbstractRow {

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "business_unit_id", nullable = false)
    private long businessUnitId;

    @Column(nullable = false, length = 40)
    private String subject;

    @Column(nullable = false)
    private boolean granted;

    @Column(nullable = false, length = 200)
    private String how;

    @Column(name = "recorded_by", nullable = false, length = 60)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ConsentRow() {}

    public ConsentRow(
            long customerId,
            long businessUnitId,
            String subject,
            boolean granted,
            String how,
            String recordedBy,
            Instant recordedAt) {
        this.customerId = customerId;
        this.businessUnitId = businessUnitId;
        this.subject = subject;
        this.granted = granted;
        this.how = how;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public long getCustomerId() {
        return customerId;
    }

    public long getBusinessUnitId() {
        return businessUnitId;
    }

    public String getSubject() {
        return subject;
    }

    public boolean isGranted() {
        return granted;
    }

    public String getHow() {
        return how;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
