package com.siteline.portal.internal;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** A photo the customer sent with an issue raised in the portal. */
@Entity
@Table(name = "portal_upload")
public class PortalUploadRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "customer_id", nullable = false)
    private long customerId;
    @Column(name = "issue_id", nullable = false)
    private long issueId;
    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;
    @Column(name = "content_type", nullable = false, length = 120)
    private String contentType;
    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;
    // longblob on MariaDB (matched by name), blob on H2 (matched by type): see the V30_1 migrations
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "longblob")
    private byte[] data;
    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected PortalUploadRow() {
    }

    public PortalUploadRow(long customerId, long issueId, String fileName, String contentType, byte[] data,
            Instant uploadedAt) {
        this.customerId = customerId;
        this.issueId = issueId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.data = data;
        this.sizeBytes = data.length;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() { return id; }
    public long getCustomerId() { return customerId; }
    public long getIssueId() { return issueId; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public byte[] getData() { return data; }
}
