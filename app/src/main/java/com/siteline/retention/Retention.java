package com.siteline.retention;

import com.siteline.audit.AuditAction;
import com.siteline.audit.AuditChange;
import com.siteline.audit.AuditTrail;
import com.siteline.base.Actors;
import com.siteline.base.InvalidInputException;
import com.siteline.base.RefusedException;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.search.SearchSync;
import com.siteline.search.SearchableType;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The retention rules (保存期限): administrators set a period per record type; the daily sweep (one node, the
 * {@code retention} timer) archives or deletes what has passed it, in batches, each batch once whoever else sweeps
 * (a row is archived only while it is not, deleted only while it exists), and keeps each run's counts in the audit
 * history; a hold (保全) on a customer or a project keeps their records; managers see what goes within a month.
 */
@Service
public class Retention {

    /** How far ahead the list of what goes looks. */
    public static final int AHEAD_DAYS = 30;

    static final int MONTHS_MAX = 600;
    private static final int BATCH = 500;
    private static final int REASON_MAX = 500;

    /** A rule as the screen shows it: the period (null: kept), and how many rows go within a month. */
    public record Rule(
            RetentionType type, Integer months, long version, String updatedBy, Instant updatedAt, long dueSoon) {}

    /** A row that goes within a month: its record, customer and project, and when it goes. */
    public record Due(
            RetentionType type, long id, Long customerId, String customerName, Long projectId, Instant goesOn) {}

    /** A hold on a customer's or a project's records. */
    public record Hold(
            long id,
            long version,
            Long customerId,
            String customerName,
            Long projectId,
            String reason,
            String heldBy,
            Instant heldAt) {}

    /** What a sweep did with one type. */
    public record Swept(RetentionType type, int rows) {}

    private final JdbcTemplate jdbc;
    private final OrganizationService organization;
    private final AuditTrail audit;
    private final List<SearchableType> searchable;
    private final EntityManager em;
    private final Clock clock;
    private final TransactionTemplate batch;

    Retention(
            JdbcTemplate jdbc,
            OrganizationService organization,
            AuditTrail audit,
            List<SearchableType> searchable,
            EntityManager em,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.audit = audit;
        this.searchable = searchable;
        this.em = em;
        this.clock = clock;
        this.batch = new TransactionTemplate(transactions);
    }

    /** Every rule with how many rows of the user's units go within a month. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Can.REPORT)
    public List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        for (RetentionType type : RetentionType.values()) {
            Map<String, Object> row =
                    jdbc.queryForMap("select * from retention_rule where record_type = ?", type.name());
            Integer months = row.get("months") == null ? null : ((Number) row.get("months")).intValue();
            long due = months == null
                    ? 0
                    : jdbc.queryForObject(
                            "select count(*) from " + type.table() + " where " + due(type),
                            Long.class,
                            Timestamp.from(cutoff(months).plus(java.time.Duration.ofDays(AHEAD_DAYS))));
            rules.add(new Rule(
                    type,
                    months,
                    ((Number) row.get("version")).longValue(),
                    (String) row.get("updated_by"),
                    ((Timestamp) row.get("updated_at")).toInstant(),
                    due));
        }
        return rules;
    }

    /**
     * Sets a type's period in months (null: kept for ever).
     *
     * @throws InvalidInputException when the period is not 1 to 600 months; nothing is stored
     * @throws RefusedException for the audit history (kept whole) or a rule changed meanwhile
     */
    @Transactional
    @PreAuthorize(Role.Can.ADMINISTER)
    public void setRule(RetentionType type, Integer months, long expectedVersion) {
        if (!type.takesPeriod() && months != null) {
            throw new RefusedException("retention.refused.audit");
        }
        if (months != null && (months < 1 || months > MONTHS_MAX)) {
            throw new InvalidInputException(List.of("retention.error.months"));
        }
        Integer before = jdbc.queryForObject(
                "select months from retention_rule where record_type = ?", Integer.class, type.name());
        int changed = jdbc.update(
                "update retention_rule set months = ?, version = version + 1, updated_by = ?, updated_at = ?"
                        + " where record_type = ? and version = ?",
                months,
                Actors.current(),
                Timestamp.from(clock.instant()),
                type.name(),
                expectedVersion);
        if (changed == 0) {
            throw new RefusedException("retention.refused.stale");
        }
        audit.record(
                "retention-rule",
                type.name(),
                type.name(),
                null,
                null,
                AuditAction.UPDATE,
                List.of(new AuditChange(
                        "months",
                        null,
                        before == null ? null : before.toString(),
                        months == null ? null : months.toString())));
    }

    /** What of the user's units goes within a month, oldest first, held records left out. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Can.REPORT)
    public List<Due> dueSoon(RetentionType type, int limit) {
        Integer months = jdbc.queryForObject(
                "select months from retention_rule where record_type = ?", Integer.class, type.name());
        if (months == null) {
            return List.of();
        }
        String units = units();
        if (units.isEmpty()) {
            return List.of();
        }
        String customer = type.customer();
        String project = type.project() == null ? "null" : type.project();
        return jdbc.query(
                "select id, " + customer + " as customer_id, " + project + " as project_id, " + type.since()
                        + " as since from " + type.table() + " where " + due(type) + " and "
                        + unit(type) + " in (" + units + ") order by " + type.since() + " limit " + limit,
                (row, n) -> {
                    Long customerId = row.getObject("customer_id") == null ? null : row.getLong("customer_id");
                    return new Due(
                            type,
                            row.getLong("id"),
                            customerId,
                            customerId == null ? "" : name(customerId),
                            row.getObject("project_id") == null ? null : row.getLong("project_id"),
                            row.getTimestamp("since")
                                    .toInstant()
                                    .atOffset(ZoneOffset.UTC)
                                    .plusMonths(months)
                                    .toInstant());
                },
                Timestamp.from(cutoff(months).plus(java.time.Duration.ofDays(AHEAD_DAYS))));
    }

    /** The holds in force in the user's units. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Can.REPORT)
    public List<Hold> holds() {
        String units = units();
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.query(
                "select * from retention_hold where released_at is null and business_unit_id in (" + units
                        + ") order by held_at desc",
                (row, n) -> {
                    Long customerId = row.getObject("customer_id") == null ? null : row.getLong("customer_id");
                    return new Hold(
                            row.getLong("id"),
                            row.getLong("version"),
                            customerId,
                            customerId == null ? "" : name(customerId),
                            row.getObject("project_id") == null ? null : row.getLong("project_id"),
                            row.getString("reason"),
                            row.getString("held_by"),
                            row.getTimestamp("held_at").toInstant());
                });
    }

    /**
     * A manager of the customer's unit keeps the customer's records past their periods (a dispute, a claim).
     *
     * @throws InvalidInputException when the reason is missing or too long; nothing is stored
     */
    @Transactional
    @PreAuthorize(Role.Can.REPORT)
    public long holdCustomer(long customerId, String reason) {
        Long unit =
                jdbc.queryForList("select business_unit_id from customer where id = ?", Long.class, customerId).stream()
                        .findFirst()
                        .orElseThrow(() -> new NoSuchElementException("customer " + customerId));
        return hold(unit, customerId, null, reason);
    }

    /** A manager of the project's unit keeps the project's records past their periods. */
    @Transactional
    @PreAuthorize(Role.Can.REPORT)
    public long holdProject(long projectId, String reason) {
        Long unit =
                jdbc.queryForList("select business_unit_id from project where id = ?", Long.class, projectId).stream()
                        .findFirst()
                        .orElseThrow(() -> new NoSuchElementException("project " + projectId));
        return hold(unit, null, projectId, reason);
    }

    private long hold(long unit, Long customerId, Long projectId, String reason) {
        String user = Actors.current();
        if (!manages(unit, user)) {
            throw new RefusedException("retention.refused.not-manager");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException(List.of("retention.error.reason"));
        }
        if (reason.strip().length() > REASON_MAX) {
            throw new InvalidInputException(List.of("retention.error.length"));
        }
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update(
                c -> {
                    var insert = c.prepareStatement(
                            "insert into retention_hold (business_unit_id, customer_id, project_id, reason, held_by,"
                                    + " held_at) values (?, ?, ?, ?, ?, ?)",
                            new String[] {"id"});
                    insert.setLong(1, unit);
                    insert.setObject(2, customerId);
                    insert.setObject(3, projectId);
                    insert.setString(4, reason.strip());
                    insert.setString(5, user);
                    insert.setTimestamp(6, now);
                    return insert;
                },
                keys);
        long id = keys.getKey().longValue();
        audit.record(
                "retention-hold",
                Long.toString(id),
                customerId != null ? "customer " + customerId : "project " + projectId,
                unit,
                customerId,
                AuditAction.CREATE,
                List.of(new AuditChange("reason", null, null, reason.strip())));
        return id;
    }

    /** Ends a hold: the records' periods apply again. */
    @Transactional
    @PreAuthorize(Role.Can.REPORT)
    public void release(long holdId, long expectedVersion) {
        Map<String, Object> hold = jdbc.queryForMap("select * from retention_hold where id = ?", holdId);
        long unit = ((Number) hold.get("business_unit_id")).longValue();
        if (!manages(unit, Actors.current())) {
            throw new RefusedException("retention.refused.not-manager");
        }
        int changed = jdbc.update(
                "update retention_hold set released_by = ?, released_at = ?, version = version + 1 where id = ?"
                        + " and version = ? and released_at is null",
                Actors.current(),
                Timestamp.from(clock.instant()),
                holdId,
                expectedVersion);
        if (changed == 0) {
            throw new RefusedException("retention.refused.stale");
        }
        audit.record(
                "retention-hold",
                Long.toString(holdId),
                null,
                unit,
                hold.get("customer_id") == null ? null : ((Number) hold.get("customer_id")).longValue(),
                AuditAction.DELETE,
                List.of(new AuditChange("released", null, null, Actors.current())));
    }

    /**
     * The sweep (the timer's run, as the system): every type with a period, its rows past it archived or deleted in
     * batches of their own transactions; each type's count kept in the audit history.
     */
    public List<Swept> sweep() {
        List<Swept> done = new ArrayList<>();
        for (RetentionType type : RetentionType.values()) {
            Integer months = jdbc.queryForObject(
                    "select months from retention_rule where record_type = ?", Integer.class, type.name());
            if (months == null) {
                continue;
            }
            Instant cutoff = cutoff(months);
            int total = 0;
            while (true) {
                Integer rows = batch.execute(status -> once(type, months, cutoff));
                if (rows == null || rows == 0) {
                    break;
                }
                total += rows;
            }
            if (total > 0) {
                int counted = total;
                batch.executeWithoutResult(status -> audit.record(
                        "retention",
                        type.name(),
                        type.name(),
                        null,
                        null,
                        type.archives() || type.clears() != null ? AuditAction.UPDATE : AuditAction.DELETE,
                        List.of(
                                new AuditChange("rows", null, null, Integer.toString(counted)),
                                new AuditChange("before", null, null, cutoff.toString()))));
                done.add(new Swept(type, total));
            }
        }
        return done;
    }

    /** One batch: the oldest rows past the cutoff, archived (while not) or deleted (while there). */
    private int once(RetentionType type, int months, Instant cutoff) {
        List<Long> ids = jdbc.queryForList(
                "select id from " + type.table() + " where " + due(type) + " order by id limit " + BATCH,
                Long.class,
                Timestamp.from(cutoff));
        if (ids.isEmpty()) {
            return 0;
        }
        String list = ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
        if (type.clears() != null) {
            int cleared = jdbc.update("update " + type.table() + " set " + type.clears() + " where id in (" + list
                    + ") and " + type.open());
            reindex(type, ids);
            return cleared;
        }
        if (!type.archives()) {
            return jdbc.update("delete from " + type.table() + " where id in (" + list + ")");
        }
        int archived = jdbc.update(
                "update " + type.table() + " set archived_at = ? where id in (" + list + ") and archived_at is null",
                Timestamp.from(clock.instant()));
        reindex(type, ids);
        return archived;
    }

    /** The archived rows handed to the index again: their routing takes them out. */
    private void reindex(RetentionType type, List<Long> ids) {
        for (SearchableType kind : searchable) {
            jakarta.persistence.Table table = kind.entity().getAnnotation(jakarta.persistence.Table.class);
            if (table != null && table.name().equalsIgnoreCase(type.table())) {
                List<Object> entities = com.siteline.base.UnitScope.acrossUnits(() -> ids.stream()
                        .map(id -> (Object) em.find(kind.entity(), id))
                        .filter(java.util.Objects::nonNull)
                        .toList());
                SearchSync.changed(em, entities);
            }
        }
    }

    /** The condition of a due row: past the cutoff (the one parameter), open, not held. */
    private static String due(RetentionType type) {
        StringBuilder where = new StringBuilder(type.since()).append(" < ?");
        if (type.open() != null) {
            where.append(" and ").append(type.open());
        }
        where.append(" and coalesce(")
                .append(type.customer())
                .append(", -1) not in (select customer_id from retention_hold where released_at is null"
                        + " and customer_id is not null)");
        if (type.project() != null) {
            where.append(" and coalesce(")
                    .append(type.project())
                    .append(", -1) not in (select project_id from retention_hold where released_at is null"
                            + " and project_id is not null)");
        }
        return where.toString();
    }

    private static String unit(RetentionType type) {
        return type == RetentionType.ATTACHMENT
                ? "(select c.business_unit_id from communication c where c.id = communication_id)"
                : "business_unit_id";
    }

    private Instant cutoff(int months) {
        return clock.instant().atOffset(ZoneOffset.UTC).minusMonths(months).toInstant();
    }

    private String units() {
        Set<Long> units = organization.unitNamesOf(Actors.current()).keySet();
        return units.isEmpty() ? "" : units.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private boolean manages(long unit, String user) {
        return AuditTrail.administrator()
                || organization.usersWithRole(unit, Role.MANAGER).contains(user);
    }

    private String name(long customerId) {
        return jdbc.queryForList("select name from customer where id = ?", String.class, customerId).stream()
                .findFirst()
                .orElse("#" + customerId);
    }
}
