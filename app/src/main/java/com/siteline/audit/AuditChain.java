package com.siteline.audit;

import com.siteline.audit.internal.AuditHash;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.function.LongConsumer;

/**
 * The check of the audit history's hash chain over a plain JDBC connection: used by the administrators' audit log,
 * by a backup's check and by {@code ./siteline restore} on a restored copy. Reads every row in id order and names the
 * first whose hash does not follow from its content and its predecessor's hash. A row of version 2 whose personal
 * columns were erased is checked by the digests the erasure kept.
 */
public final class AuditChain {

    private static final int PAGE = 5_000;

    private AuditChain() {}

    public static ChainCheck verify(Connection connection, LongConsumer progress) throws SQLException {
        String previous = AuditHash.GENESIS;
        long checked = 0;
        long after = 0;
        // a copy from before V59 (a backup taken before that migration) has version 1 rows only
        String versioned = hasVersions(connection)
                ? "hash_version, address_digest, label_digest, changes_digest"
                : "1 as hash_version, null as address_digest, null as label_digest, null as changes_digest";
        try (PreparedStatement rows = connection.prepareStatement("select id, at, actor, address, record_type,"
                + " record_id, record_label, business_unit_id, customer_id, action, changes, prev_hash, hash, "
                + versioned + " from audit_entry where id > ? order by id limit " + PAGE)) {
            while (true) {
                rows.setLong(1, after);
                int read = 0;
                try (ResultSet row = rows.executeQuery()) {
                    while (row.next()) {
                        read++;
                        long id = row.getLong("id");
                        String expected = expected(previous, row);
                        if (!row.getString("prev_hash").equals(previous)
                                || !row.getString("hash").equals(expected)) {
                            return new ChainCheck(checked, id, false);
                        }
                        previous = row.getString("hash");
                        checked++;
                        after = id;
                    }
                }
                progress.accept(checked);
                if (read < PAGE) {
                    break;
                }
            }
        }
        try (var head = connection.createStatement();
                ResultSet row = head.executeQuery("select last_hash, entries from audit_chain where id = 1")) {
            if (!row.next()) {
                return new ChainCheck(checked, null, true);
            }
            boolean headBroken = !previous.equals(row.getString(1)) || row.getLong(2) != checked;
            return new ChainCheck(checked, null, headBroken);
        }
    }

    private static boolean hasVersions(Connection connection) throws SQLException {
        try (ResultSet columns = connection
                .getMetaData()
                .getColumns(connection.getCatalog(), connection.getSchema(), "audit_entry", "hash_version")) {
            return columns.next();
        }
    }

    private static String expected(String previous, ResultSet row) throws SQLException {
        java.time.Instant at = row.getObject("at", LocalDateTime.class).toInstant(ZoneOffset.UTC);
        Long unit = row.getObject("business_unit_id") == null ? null : row.getLong("business_unit_id");
        Long customer = row.getObject("customer_id") == null ? null : row.getLong("customer_id");
        if (row.getInt("hash_version") == 1) {
            return AuditHash.of(
                    previous,
                    at,
                    row.getString("actor"),
                    row.getString("address"),
                    row.getString("record_type"),
                    row.getString("record_id"),
                    row.getString("record_label"),
                    unit,
                    customer,
                    row.getString("action"),
                    row.getString("changes"));
        }
        return AuditHash.v2(
                previous,
                at,
                row.getString("actor"),
                kept(row, "address_digest", "address"),
                row.getString("record_type"),
                row.getString("record_id"),
                kept(row, "label_digest", "record_label"),
                unit,
                customer,
                row.getString("action"),
                kept(row, "changes_digest", "changes"));
    }

    /** An erased column's digest as the erasure kept it, else the digest of the text. */
    private static String kept(ResultSet row, String digestColumn, String textColumn) throws SQLException {
        String digest = row.getString(digestColumn);
        return digest != null ? digest : AuditHash.digest(row.getString(textColumn));
    }
}
