package com.siteline.job;

import java.time.Instant;

/** The customer confirmed a job's completion: its return visit follows (published in the confirming transaction). */
public record JobCompleted(
        long jobId,
        long businessUnitId,
        String variantId,
        long customerId,
        String customerName,
        Long projectId,
        String title,
        String owner,
        Instant confirmedAt) {}
