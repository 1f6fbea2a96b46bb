package com.siteline.improvement;

import java.time.Instant;
import java.time.LocalDate;

/** An improvement action as the grid, its panel and the record pages show it. */
public record ImprovementRow(
        long id,
        long version,
        long businessUnitId,
        String unitName,
        ImprovementSource source,
        Long sourceId,
        String sourceLabel,
        String cause,
        String measure,
        String owner,
        LocalDate dueOn,
        ImprovementState state,
        String raisedBy,
        Instant raisedAt,
        Instant implementedAt,
        String implementedNote,
        String verifiedBy,
        Instant verifiedAt,
        String verification) {

    public boolean overdue(LocalDate today) {
        return state == ImprovementState.OPEN && dueOn.isBefore(today);
    }
}
