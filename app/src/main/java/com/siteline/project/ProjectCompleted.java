package com.siteline.project;

import java.time.Instant;

/**
 * A project passed its last stage (completion acceptance), published in the completing transaction: what follows
 * from it (the return visits) is stored with it or not at all.
 */
public record ProjectCompleted(
        long projectId,
        String projectName,
        Long customerId,
        String customerName,
        long businessUnitId,
        String variantId,
        String agent,
        Instant completedAt) {}
