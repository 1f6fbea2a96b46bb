package com.siteline.audit;

import java.time.Instant;
import java.util.List;

/**
 * One audit row as screens show it. {@code actorName} is who the actor is by name (a user's display name, a portal
 * customer's name; null for the system); {@code terms} are the labels of the form, field, checklist, line and stage
 * ids its changes name ({@code form:consultation}, {@code form:consultation/houseType}, {@code stage:hydro}).
 */
public record AuditRecord(
        long id,
        Instant at,
        String actor,
        String address,
        String recordType,
        String recordId,
        String recordLabel,
        AuditAction action,
        List<AuditChange> changes,
        String actorName,
        java.util.Map<String, com.siteline.sdk.LocalizedText> terms) {

    /** The system acting on its own (timers, start-up). */
    public boolean bySystem() {
        return "system".equals(actor);
    }

    /** A customer acting in the portal ({@code customer:<id>}). */
    public boolean byCustomer() {
        return actor != null && actor.startsWith("customer:");
    }
}
