package com.siteline.audit.internal;

import com.siteline.audit.AuditChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends gathered rows at the end of their transaction, in the transaction's own connection: the chain's
 * head is locked (so rows are chained in id order across every node), each row gets the hash of its content
 * and its predecessor's hash, and the head moves on. Either the change and its audit rows commit together,
 * or neither does.
 */
final class AuditWriter {

    private static final String INSERT = "insert into audit_entry (at, actor, address, record_type, record_id,"
            + " record_label, business_unit_id, customer_id, action, changes, prev_hash, hash) values"
            + " (:at, :actor, :address, :recordType, :recordId, :recordLabel, :unit, :customer, :action, :changes,"
            + " :prev, :hash)";

    private final JsonMapper json;

    AuditWriter(JsonMapper json) {
        this.json = json;
    }

    void write(SharedSessionContractImplementor session, List<PendingEntry> entries) {
        List<PendingEntry> kept = new ArrayList<>();
        for (PendingEntry entry : entries) {
            if (entry.worthKeeping()) {
                kept.add(entry);
            }
        }
        if (kept.isEmpty()) {
            return;
        }
        String previous = (String) session.createNativeQuery("select last_hash from audit_chain where id = 1 for update",
                String.class).getSingleResult();
        for (PendingEntry entry : kept) {
            String changes = changesJson(entry.changes.values());
            String hash = AuditHash.of(previous, entry.at, entry.actor, entry.address, entry.recordType, entry.recordId,
                    entry.recordLabel, entry.businessUnitId, entry.customerId, entry.action.name(), changes);
            session.createNativeMutationQuery(INSERT)
                    .setParameter("at", entry.at)
                    .setParameter("actor", entry.actor)
                    .setParameter("address", entry.address, String.class)
                    .setParameter("recordType", entry.recordType)
                    .setParameter("recordId", entry.recordId)
                    .setParameter("recordLabel", entry.recordLabel, String.class)
                    .setParameter("unit", entry.businessUnitId, Long.class)
                    .setParameter("customer", entry.customerId, Long.class)
                    .setParameter("action", entry.action.name())
                    .setParameter("changes", changes)
                    .setParameter("prev", previous)
                    .setParameter("hash", hash)
                    .executeUpdate();
            previous = hash;
        }
        session.createNativeMutationQuery("update audit_chain set last_hash = :hash, entries = entries + :n where id = 1").setParameter("hash", previous).setParameter("n", (long) kept.size()).executeUpdate();
    }

    String changesJson(java.util.Collection<AuditChange> changes) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (AuditChange change : changes) {
            Map<String, String> row = new java.util.LinkedHashMap<>();
            row.put("f", change.field());
            if (change.kind() != null) {
                row.put("k", change.kind());
            }
            if (change.before() != null) {
                row.put("o", change.before());
            }
            if (change.after() != null) {
                row.put("n", change.after());
            }
            rows.add(row);
        }
        return json.writeValueAsString(rows);
    }
}
