package com.siteline.portal.internal;

import com.siteline.base.AbstractRow;
import com.siteline.base.UnitScope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Filter;

/** A weekly progress report (每周进度汇报) as sent to the customer; never changed. */
@Entity
@Filter(name = UnitScope.FILTER, condition = UnitScope.OF_CUSTOMER)
@Table(name = "portal_report")
public class ProgressReportRow extends AbstractRow {
    @Column(name = "business_unit_id", nullable = false)
    private long businessUnitId;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "week_start", nullable = false)
    private LocalDate weekStart;

    @Column(nullable = false, length = 4000)
    private String body;

    @Column(name = "customer_next", length = 1000)
    private String customerNext;

    @Column(name = "photo_ids", length = 1000)
    private String photoIds;

    @Column(name = "sent_by", nullable = false, length = 60)
    private String sentBy;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected ProgressReportRow() {}

    public ProgressReportRow(
            long businessUnitId,
            long customerId,
            long projectId,
            LocalDate weekStart,
            String body,
            String customerNext,
            String photoIds,
            String sentBy,
            Instant sentAt) {
        this.businessUnitId = businessUnitId;
        this.customerId = customerId;
        this.projectId = projectId;
        this.weekStart = weekStart;
        this.body = body;
        this.customerNext = customerNext;
        this.photoIds = photoIds;
        this.sentBy = sentBy;
        this.sentAt = sentAt;
    }

    public long getCustomerId() {
        return customerId;
    }

    public long getProjectId() {
        return projectId;
    }

    public LocalDate getWeekStart() {
        return weekStart;
    }

    public String getBody() {
        return body;
    }

    public String getCustomerNext() {
        return customerNext;
    }

    public String getPhotoIds() {
        return photoIds;
    }

    public String getSentBy() {
        return sentBy;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
