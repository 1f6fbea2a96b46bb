package com.siteline.portal.internal;

import com.siteline.base.StoredFile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A photo the customer sent with an issue raised in the portal (content per dialect: see the V30_1 migrations). */
@Entity
@Table(name = "portal_upload")
public class PortalUploadRow extends StoredFile {

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "issue_id", nullable = false)
    private long issueId;

    protected PortalUploadRow() {}

    public PortalUploadRow(
            long customerId, long issueId, String fileName, String contentType, byte[] data, Instant uploadedAt) {
        super(fileName, contentType, data, "portal", uploadedAt);
        this.customerId = customerId;
        this.issueId = issueId;
    }

    public long getCustomerId() {
        return customerId;
    }

    public long getIssueId() {
        return issueId;
    }
}
