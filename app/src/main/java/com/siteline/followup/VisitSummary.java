package com.siteline.followup;

import com.siteline.customer.Channel;
import java.time.Instant;
import java.time.LocalDate;

/** A return visit as the grid, the dialog, the project page and the customer's record show it. */
public record VisitSummary(
        long id,
        long version,
        long businessUnitId,
        String unitName,
        String variantId,
        String scheduleId,
        int sequence,
        String offset,
        Long customerId,
        String customerName,
        Long projectId,
        String subject,
        String owner,
        LocalDate plannedOn,
        LocalDate dueOn,
        VisitState state,
        int attempts,
        Instant lastAttemptAt,
        Channel channel,
        Integer satisfaction,
        String remarks,
        String problems,
        Long raisedIssueId,
        Instant doneAt,
        String doneBy,
        int escalationStep) {}
