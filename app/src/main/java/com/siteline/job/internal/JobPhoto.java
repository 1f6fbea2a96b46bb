package com.siteline.job.internal;

import com.siteline.base.StoredFile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A photo of a repair job's completion (content per dialect: see the V32_1 migrations). */
@Entity
@Table(name = "job_photo")
public class JobPhoto extends StoredFile {

    @Column(name = "job_id", nullable = false)
    private long jobId;

    protected JobPhoto() {}

    public JobPhoto(long jobId, String fileName, String contentType, byte[] data, String uploadedBy, Instant at) {
        super(fileName, contentType, data, uploadedBy, at);
        this.jobId = jobId;
    }

    public long getJobId() {
        return jobId;
    }
}
