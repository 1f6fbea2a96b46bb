package com.siteline.audit.internal;

import com.siteline.audit.AuditAction;
import com.siteline.audit.AuditChange;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An audit row being gathered during a transaction: changes of the same record merge (the first "before" and
 * the last "after" of each field), and a field that ends where it began is dropped.
 */
final class PendingEntry {

    final Instant at;
    final String actor;
    final String address;
    final String recordType;
    final String recordId;
    String recordLabel;
    Long businessUnitId;
    Long customerId;
    AuditAction action;
    final Map<String, AuditChange> changes = new LinkedHashMap<>();

    PendingEntry(Instant at, String actor, String address, String recordType, String recordId, AuditAction action) {
        this.at = at;
        this.actor = actor;
        this.address = address;
        this.recordType = recordType;
        this.recordId = recordId;
        this.action = action;
    }

    void merge(AuditChange change) {
        AuditChange earlier = changes.get(change.field());
        if (earlier == null) {
            changes.put(change.field(), change);
        } else {
            changes.put(
                    change.field(), new AuditChange(change.field(), change.kind(), earlier.before(), change.after()));
        }
    }

    boolean worthKeeping() {
        changes.values()
                .removeIf(c -> !AuditChange.SECRET.equals(c.kind()) && java.util.Objects.equals(c.before(), c.after()));
        return action != AuditAction.UPDATE || !changes.isEmpty();
    }
}
