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

    private static final String INSERT_HEAD = "insert into audit_entry (at, actor, address, record_type, record_id,"
            + " record_label, business_unit_id, customer_id, action, changes, prev_hash, hash, hash_version) values ";
    /** Rows are inserted in id order, so the chain runs in the order they were hashed. */
    private static final int ROWS_PER_STATEMENT = 100;

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
        String previous = (String)
                session.createNativeQuery("select last_hash from audit_chain where id = 1 for update", String.class)
                        .getSingleResult();
        // many rows per statement: an import of thousands of records costs a few round trips, not thousands
        for (int from = 0; from < kept.size(); from += ROWS_PER_STATEMENT) {
            List<PendingEntry> group = kept.subList(from, Math.min(kept.size(), from + ROWS_PER_STATEMENT));
            StringBuilder sql = new StringBuilder(INSERT_HEAD);
            for (int i = 0; i < group.size(); i++) {
                sql.append(i == 0 ? "" : ", ")
                        .append("(:at")
                        .append(i)
                        .append(", :actor")
                        .append(i)
                        .append(", :address")
                        .append(i)
                        .append(", :recordType")
                        .append(i)
                        .append(", :recordId")
                        .append(i)
                        .append(", :recordLabel")
                        .append(i)
                        .append(", :unit")
                        .append(i)
                        .append(", :customer")
                        .append(i)
                        .append(", :action")
                        .append(i)
                        .append(", :changes")
                        .append(i)
                        .append(", :prev")
                        .append(i)
                        .append(", :hash")
                        .append(i)
                        .append(", 2)");
            }
            var insert = session.createNativeMutationQuery(sql.toString());
            for (int i = 0; i < group.size(); i++) {
                PendingEntry entry = group.get(i);
                String changes = changesJson(entry.changes.values());
                String hash = AuditHash.v2(
                        previous,
                        entry.at,
                        entry.actor,
                        AuditHash.digest(entry.address),
                        entry.recordType,
                        entry.recordId,
                        AuditHash.digest(entry.recordLabel),
                        entry.businessUnitId,
                        entry.customerId,
                        entry.action.name(),
                        AuditHash.digest(changes));
                insert.setParameter("at" + i, entry.at)
                        .setParameter("actor" + i, entry.actor)
                        .setParameter("address" + i, entry.address, String.class)
                        .setParameter("recordType" + i, entry.recordType)
                        .setParameter("recordId" + i, entry.recordId)
                        .setParameter("recordLabel" + i, entry.recordLabel, String.class)
                        .setParameter("unit" + i, entry.businessUnitId, Long.class)
                        .setParameter("customer" + i, entry.customerId, Long.class)
                        .setParameter("action" + i, entry.action.name())
                        .setParameter("changes" + i, changes)
                        .setParameter("prev" + i, previous)
                        .setParameter("hash" + i, hash);
                previous = hash;
            }
            insert.executeUpdate();
        }
        session.createNativeMutationQuery(
                        "update audit_chain set last_hash = :hash, entries = entries + :n where id = 1")
                .setParameter("hash", previous)
                .setParameter("n", (long) kept.size())
                .executeUpdate();
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
