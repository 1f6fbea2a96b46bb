package com.siteline.obligation.internal;

import com.siteline.obligation.Fulfilment;
import com.siteline.obligation.ObligationState;
import java.time.Instant;
import java.time.LocalDate;

/** An obligation task as the grid, the dialog and the overview show it. */
public record ObligationSummary(
        long id,
        long version,
        long businessUnitId,
        String unitName,
        String variantId,
        String obligationId,
        LocalDate periodFirst,
        LocalDate periodLast,
        LocalDate dueOn,
        ObligationState state,
        Instant doneAt,
        String doneBy,
        Fulfilment fulfilledBy,
        Long fulfilmentRef,
        LocalDate heldOn,
        Integer attendance,
        String evaluation,
        int escalationStep) {

    public boolean overdue(LocalDate today) {
        return state == ObligationState.OPEN && dueOn.isBefore(today);
    }
}
