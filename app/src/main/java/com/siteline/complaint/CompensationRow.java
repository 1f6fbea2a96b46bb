package com.siteline.complaint;

import java.math.BigDecimal;
import java.time.Instant;

/** A compensation as the issue page and the {@code compensations} list show it. */
public record CompensationRow(
        long id,
        long version,
        long businessUnitId,
        String unitName,
        long issueId,
        String issueTitle,
        BigDecimal amount,
        String reason,
        ApprovalLevel levelNeeded,
        CompensationState state,
        String proposedBy,
        Instant proposedAt,
        String decidedBy,
        Instant decidedAt,
        String decisionNote,
        String givenBy,
        Instant givenAt) {}
