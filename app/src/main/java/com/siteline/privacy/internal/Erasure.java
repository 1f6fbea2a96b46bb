package com.siteline.privacy.internal;

import com.siteline.audit.AuditRedaction;
import com.siteline.base.UnitScope;
import com.siteline.search.SearchSync;
import com.siteline.search.SearchableType;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The erasure of one customer's personal values (个人信息删除), in the caller's transaction, whole or not at all.
 * Their phone numbers, e-mail address, WeChat id and channel addresses are replaced wherever they appear, in any
 * table; their name and addresses (the customer's, their projects') in the rows that are the customer's
 * ({@link PersonalScope}), where a column that holds a name or an address of the customer's own ({@code address},
 * {@code customer_name}, {@code signer_name}) is replaced whole. The records themselves, their dates, states and
 * numbers stay, so every figure stays what it was; the audit history's rows are redacted by the audit module (the
 * chain verifies); the search index is given the changed rows again; the customer's portal links are revoked.
 */
@Component
public class Erasure {

    // what an erased value reads as in every table ("erased"), the same in both languages
    public static final String REPLACEMENT = "[\u5df2\u5220\u9664]";

    private static final Set<String> WHOLE = Set.of("address", "customer_name", "signer_name");

    /** What an erasure changed: tables and rows, audit rows redacted, older audit rows it had to leave. */
    public record Result(int tables, int rows, int values, int auditRows, int olderAuditRows) {}

    private final JdbcTemplate jdbc;
    private final EntityManager em;
    private final AuditRedaction audit;
    private final List<SearchableType> searchable;
    private final Clock clock;

    Erasure(JdbcTemplate jdbc, EntityManager em, AuditRedaction audit, List<SearchableType> searchable, Clock clock) {
        this.jdbc = jdbc;
        this.em = em;
        this.audit = audit;
        this.searchable = searchable;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Result erase(long customerId) {
        em.flush();
        Map<String, Object> customer = jdbc.queryForMap(
                "select name, phone, phone2, wechat_id, email, address from customer where id = ?", customerId);
        Set<String> everywhere = new LinkedHashSet<>();
        add(everywhere, customer.get("phone"), 5);
        add(everywhere, customer.get("phone2"), 5);
        add(everywhere, customer.get("email"), 5);
        add(everywhere, customer.get("wechat_id"), 5);
        jdbc.queryForList(
                        "select address from customer_channel_address where customer_id = ?", String.class, customerId)
                .forEach(a -> add(everywhere, a, 5));
        Set<String> scoped = new LinkedHashSet<>(everywhere);
        add(scoped, customer.get("name"), 2);
        add(scoped, customer.get("address"), 4);
        jdbc.queryForList("select customer_name, address from project where customer_id = ?", customerId)
                .forEach(p -> {
                    add(scoped, p.get("customer_name"), 2);
                    add(scoped, p.get("address"), 4);
                });
        List<String> global = longestFirst(everywhere);
        List<String> mine = longestFirst(scoped);

        // a failure record keyed by its address would collide with another erased customer's
        if (!global.isEmpty()) {
            jdbc.update(
                    "delete from channel_address_failure where address in (" + marks(global.size()) + ")",
                    global.toArray());
        }
        boolean h2 = isH2();
        Map<String, Set<Long>> changedIds = new HashMap<>();
        Set<String> indexed = indexedTables();
        int rows = 0;
        Set<String> tables = new HashSet<>();
        for (PersonalScope.Table table : PersonalScope.of(jdbc, customerId)) {
            for (String column : table.text()) {
                if (h2 && isJson(table.name(), column)) {
                    continue;
                }
                int changed = 0;
                if (!global.isEmpty()) {
                    changed += replace(table, column, null, global, indexed, changedIds);
                }
                if (table.mine() != null) {
                    if (WHOLE.contains(column)) {
                        changed += jdbc.update(
                                "update " + table.name() + " set " + column + " = ? where " + table.mine() + " and "
                                        + column + " is not null and " + column + " <> ?",
                                REPLACEMENT,
                                REPLACEMENT);
                    } else {
                        changed += replace(table, column, table.mine(), mine, indexed, changedIds);
                    }
                }
                if (changed > 0) {
                    rows += changed;
                    tables.add(table.name());
                }
            }
            if (table.mine() != null && table.hasId() && indexed.contains(table.name())) {
                changedIds
                        .computeIfAbsent(table.name(), t -> new HashSet<>())
                        .addAll(jdbc.queryForList(
                                "select id from " + table.name() + " where " + table.mine(), Long.class));
            }
        }
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("update customer set erased_at = ? where id = ?", now, customerId);
        jdbc.update(
                "update portal_access set revoked_at = ?, revoked_by = 'erasure' where customer_id = ?"
                        + " and revoked_at is null",
                now,
                customerId);
        AuditRedaction.Redacted redacted = audit.redact(customerId, mine, global, REPLACEMENT);
        reindex(changedIds);
        return new Result(tables.size(), rows, mine.size(), redacted.rows(), redacted.olderRowsLeft());
    }

    private int replace(
            PersonalScope.Table table,
            String column,
            String scope,
            List<String> values,
            Set<String> indexed,
            Map<String, Set<Long>> changedIds) {
        StringBuilder set = new StringBuilder(column);
        List<Object> args = new ArrayList<>();
        for (String value : values) {
            set.insert(0, "replace(").append(", ?, ?)");
        }
        for (String value : values) {
            args.add(value);
            args.add(REPLACEMENT);
        }
        StringBuilder where = new StringBuilder(scope == null ? "(" : scope + " and (");
        List<Object> likes = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            where.append(i == 0 ? "" : " or ").append(column).append(" like ?");
            likes.add("%" + escape(values.get(i)) + "%");
        }
        where.append(')');
        if (table.hasId() && indexed.contains(table.name())) {
            changedIds
                    .computeIfAbsent(table.name(), t -> new HashSet<>())
                    .addAll(jdbc.queryForList(
                            "select id from " + table.name() + " where " + where, Long.class, likes.toArray()));
        }
        args.addAll(likes);
        return jdbc.update(
                "update " + table.name() + " set " + column + " = " + set + " where " + where, args.toArray());
    }

    /** The changed rows of the searched types, read again and handed to the index at commit. */
    private void reindex(Map<String, Set<Long>> changedIds) {
        em.flush();
        em.clear();
        for (SearchableType type : searchable) {
            Set<Long> ids = changedIds.getOrDefault(table(type.entity()), Set.of());
            if (ids.isEmpty()) {
                continue;
            }
            List<Object> entities = UnitScope.acrossUnits(() -> ids.stream()
                    .map(id -> em.find(type.entity(), id))
                    .filter(java.util.Objects::nonNull)
                    .map(Object.class::cast)
                    .toList());
            SearchSync.changed(em, entities);
        }
    }

    private Set<String> indexedTables() {
        Set<String> tables = new HashSet<>();
        searchable.forEach(type -> tables.add(table(type.entity())));
        return tables;
    }

    private static String table(Class<?> entity) {
        jakarta.persistence.Table table = entity.getAnnotation(jakarta.persistence.Table.class);
        return (table != null ? table.name() : entity.getSimpleName()).toLowerCase(Locale.ROOT);
    }

    private boolean isH2() {
        return Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) -> c.getMetaData()
                .getDatabaseProductName()
                .toLowerCase(Locale.ROOT)
                .contains("h2")));
    }

    private boolean isJson(String table, String column) {
        return "json"
                .equalsIgnoreCase(jdbc.queryForObject(
                        "select data_type from information_schema.columns where table_schema = schema()"
                                + " and table_name = ? and column_name = ?",
                        String.class,
                        table,
                        column));
    }

    private static void add(Set<String> values, Object value, int minimum) {
        if (value instanceof String text && text.strip().length() >= minimum && !text.equals(REPLACEMENT)) {
            values.add(text.strip());
        }
    }

    private static List<String> longestFirst(Set<String> values) {
        return values.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
