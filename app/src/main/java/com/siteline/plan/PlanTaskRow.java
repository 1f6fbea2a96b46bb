package com.siteline.plan;

import com.siteline.customer.Channel;
import com.siteline.sdk.PlanLine;
import java.time.Instant;
import java.time.LocalDate;

/** A communication task as the {@code plans} grid and the project page show it. */
public record PlanTaskRow(
        long id,
        long version,
        long businessUnitId,
        String unitName,
        long projectId,
        String projectName,
        String lineKey,
        String goal,
        PlanLine.HeldBy heldBy,
        Channel channel,
        String owner,
        LocalDate periodFirst,
        LocalDate periodLast,
        LocalDate dueOn,
        TaskState state,
        Instant heldAt,
        PlanLine.HeldBy recordKind,
        Long recordId,
        String closedBy,
        String note,
        int escalationStep,
        boolean confirmReceipt,
        Instant receiptConfirmedAt) {

    /** Held, asked to be confirmed by the customer, not confirmed yet. */
    public boolean awaitsReceipt() {
        return confirmReceipt && receiptConfirmedAt == null && (state == TaskState.HELD || state == TaskState.LATE);
    }

    public boolean overdue(LocalDate today) {
        return state == TaskState.OPEN && dueOn.isBefore(today);
    }
}
