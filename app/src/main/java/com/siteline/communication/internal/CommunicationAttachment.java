package com.siteline.communication.internal;

import com.siteline.base.StoredFile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "communication_attachment")
public class CommunicationAttachment extends StoredFile {
    @Column(name = "communication_id", nullable = false)
    private long communicationId;

    protected CommunicationAttachment() {}

    public CommunicationAttachment(
            long communicationId,
            String fileName,
            String contentType,
            byte[] data,
            String uploadedBy,
            Instant uploadedAt) {
        super(fileName, contentType, data, uploadedBy, uploadedAt);
        this.communicationId = communicationId;
    }

    public long getCommunicationId() {
        return communicationId;
    }
}
