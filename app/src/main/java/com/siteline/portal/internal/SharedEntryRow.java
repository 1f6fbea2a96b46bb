package com.siteline.portal.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A communication log entry staff shared with the customer (internal until shared). */
@Entity
@Table(name = "portal_shared_entry")
public class SharedEntryRow {

    @Id
    @Column(name = "log_entry_id")
    private Long logEntryId;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "project_id")
    private Long projectId;

    @Column(name = "shared_by", nullable = false, length = 60)
    private String sharedBy;

    @Column(name = "shared_at", nullable = false)
    private Instant sharedAt;

    protected SharedEntryRow() {}

    public SharedEntryRow(long logEntryId, long customerId, Long projectId, String sharedBy, Instant sharedAt) {
        this.logEntryId = logEntryId;
        this.customerId = customerId;
        this.projectId = projectId;
        this.sharedBy = sharedBy;
        this.sharedAt = sharedAt;
    }

    public Long getLogEntryId() {
        return logEntryId;
    }

    public long getCustomerId() {
        return customerId;
    }

    public Long getProjectId() {
        return projectId;
    }

    public Instant getSharedAt() {
        return sharedAt;
    }
}
