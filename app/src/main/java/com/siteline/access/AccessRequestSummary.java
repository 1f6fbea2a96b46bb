package com.siteline.access;

import com.siteline.base.RecordGrants;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A request as screens show it. {@code recordLabel} (the customer's or project's name) is shown to the requester
 * only once the request is approved; until then the record is named by its kind and number.
 */
public record AccessRequestSummary(
        long id,
        long version,
        String requester,
        String requesterName,
        RecordGrants.Kind kind,
        long recordId,
        String recordLabel,
        long owningUnitId,
        String owningUnitName,
        String reason,
        LocalDate firstDay,
        LocalDate lastDay,
        Instant endsAt,
        AccessStatus status,
        String decidedBy,
        Instant decidedAt,
        String decisionNote,
        Instant createdAt,
        boolean running,
        boolean canDecide,
        boolean canRevoke) {}
