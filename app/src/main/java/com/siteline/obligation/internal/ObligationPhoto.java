package com.siteline.obligation.internal;

import com.siteline.base.StoredFile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A photo of an event or meeting recorded as an obligation done (content per dialect: see the V34_1 migrations). */
@Entity
@Table(name = "obligation_photo")
public class ObligationPhoto extends StoredFile {

    @Column(name = "task_id", nullable = false)
    private long taskId;

    protected ObligationPhoto() {}

    public ObligationPhoto(
            long taskId, String fileName, String contentType, byte[] data, String uploadedBy, Instant at) {
        super(fileName, contentType, data, uploadedBy, at);
        this.taskId = taskId;
    }

    public long getTaskId() {
        return taskId;
    }
}
