package com.siteline.report;

import java.time.Instant;
import java.time.LocalDate;

/** A periodic document as its readers see it, with its figures read back. */
public record DocumentSummary(
        long id,
        long version,
        long businessUnitId,
        String unitName,
        DocumentKind kind,
        LocalDate first,
        LocalDate last,
        LocalDate dueOn,
        DocumentStatus status,
        String summary,
        String remarks,
        DocumentFigures figures,
        Instant draftedAt,
        Instant refreshedAt,
        String approvedBy,
        Instant approvedAt,
        String publishedBy,
        Instant publishedAt) {

    /** Still not approved after its due day. */
    public boolean overdue(LocalDate today) {
        return status == DocumentStatus.DRAFT && today.isAfter(dueOn);
    }
}
