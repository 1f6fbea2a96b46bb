package com.siteline.audit;

import java.time.Instant;
import java.util.List;

/** One audit row as screens show it. */
public record AuditRecord(
        long id,
        Instant at,
        String actor,
        String address,
        String recordType,
        String recordId,
        String recordLabel,
        AuditAction action,
        List<AuditChange> changes) {}
