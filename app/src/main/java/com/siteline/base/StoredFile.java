package com.siteline.base;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * A file kept with a record (a project's attachment, a log entry's file, a repair job's or an event's photo, a
 * customer's upload): name, type, size, content, who added it when; the one place these columns are spelled. The
 * content column is a longblob on MariaDB and a blob on H2, each table's per-dialect migration says which.
 */
@MappedSuperclass
public abstract class StoredFile extends AbstractRow {
    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 120)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "longblob")
    private byte[] data;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, length = 60)
    private String uploadedBy;

    protected StoredFile() {}

    protected StoredFile(String fileName, String contentType, byte[] data, String uploadedBy, Instant at) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.data = data;
        this.sizeBytes = data.length;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = at;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getData() {
        return data;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }
}
