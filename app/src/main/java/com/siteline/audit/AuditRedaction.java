package com.siteline.audit;

import com.siteline.audit.internal.AuditHash;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * An erasure's part in the audit history: the personal values of one customer taken out of the rows that hold them,
 * the chain kept whole. A version 2 row keeps the digests of its address, label and changes as they were when they
 * were hashed (a first erasure stores them; a later one leaves them), so the chain still verifies; a version 1 row
 * (written before V59) cannot be changed without breaking the chain and is left, counted.
 */
@Service
public class AuditRedaction {

    /** What an erasure did to the history: rows whose values it replaced, and older rows it had to leave. */
    public record Redacted(int rows, int olderRowsLeft) {}

    private final EntityManager em;
    private final Clock clock;

    AuditRedaction(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /**
     * Replaces, in the rows of the customer (theirs by customer or record), every one of {@code scoped} and
     * {@code everywhere}, and in every other row {@code everywhere} (their phone numbers, e-mail addresses), with
     * {@code replacement}. Part of the caller's transaction: the erasure is whole or not at all.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Redacted redact(
            long customerId, Collection<String> scoped, Collection<String> everywhere, String replacement) {
        List<String> all = new ArrayList<>(everywhere);
        scoped.stream().filter(v -> !all.contains(v)).forEach(all::add);
        StringBuilder where =
                new StringBuilder("(customer_id = :customer or (record_type = 'customer' and record_id = :record))");
        if (!everywhere.isEmpty()) {
            where.append(" or ");
            where.append(likes(everywhere.size(), "g"));
        }
        var select = em.createNativeQuery("select id, hash_version, address, record_label, changes, redacted_at,"
                + " address_digest, label_digest, changes_digest from audit_entry where " + where + " order by id");
        select.setParameter("customer", customerId).setParameter("record", Long.toString(customerId));
        int i = 0;
        for (String value : everywhere) {
            select.setParameter("g" + i++, "%" + escape(value) + "%");
        }
        int redacted = 0;
        int older = 0;
        Timestamp now = Timestamp.from(clock.instant());
        for (Object found : select.getResultList()) {
            Object[] row = (Object[]) found;
            String label = (String) row[3];
            String changes = (String) row[4];
            String newLabel = replace(label, all, replacement);
            String newChanges = replace(changes, all, replacement);
            if (java.util.Objects.equals(label, newLabel) && java.util.Objects.equals(changes, newChanges)) {
                continue;
            }
            if (((Number) row[1]).intValue() != 2) {
                older++;
                continue;
            }
            boolean first = row[5] == null;
            em.createNativeQuery("update audit_entry set record_label = :label, changes = :changes,"
                            + " address_digest = :address, label_digest = :labelDigest,"
                            + " changes_digest = :changesDigest, redacted_at = :at where id = :id")
                    .setParameter("label", newLabel)
                    .setParameter("changes", newChanges)
                    .setParameter("address", first ? AuditHash.digest((String) row[2]) : row[6])
                    .setParameter("labelDigest", first ? AuditHash.digest(label) : row[7])
                    .setParameter("changesDigest", first ? AuditHash.digest(changes) : row[8])
                    .setParameter("at", now)
                    .setParameter("id", ((Number) row[0]).longValue())
                    .executeUpdate();
            redacted++;
        }
        return new Redacted(redacted, older);
    }

    private static String likes(int n, String prefix) {
        StringBuilder text = new StringBuilder("(");
        for (int i = 0; i < n; i++) {
            text.append(i == 0 ? "" : " or ")
                    .append("record_label like :")
                    .append(prefix)
                    .append(i)
                    .append(" or changes like :")
                    .append(prefix)
                    .append(i);
        }
        return text.append(')').toString();
    }

    static String replace(String text, List<String> values, String replacement) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (String value : values) {
            result = result.replace(value, replacement);
        }
        return result;
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
