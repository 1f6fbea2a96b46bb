package com.siteline.portal;

import com.siteline.portal.internal.ConfirmationContent;
import java.time.Instant;

/** A written confirmation as staff and the customer see it. */
public record Confirmation(
        long id,
        long version,
        String kind,
        long projectId,
        String projectName,
        String stageId,
        String title,
        ConfirmationContent content,
        String contentHash,
        String state,
        String requestedBy,
        Instant requestedAt,
        String reviewedBy,
        Instant decidedAt,
        String signerName,
        String reason,
        String ip,
        String userAgent,
        Long issueId) {

    public boolean pending() {
        return "PENDING".equals(state);
    }

    public boolean changeOrder() {
        return "CHANGE_ORDER".equals(kind);
    }
}
