package com.siteline.audit;

import com.siteline.base.Actors;
import com.siteline.base.InvalidInputException;
import com.siteline.base.RefusedException;
import com.siteline.organization.Role;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The most rows each role may export at once (不得擅自复制): set by administrators ({@code admin/export-limits}),
 * asked by every grid export before it writes a row. Over the limit an export is refused and the attempt kept.
 */
@Service
public class ExportLimits {

    static final int MAX = 10_000_000;

    /** A role's limit (null: none). */
    public record Limit(Role role, Integer maxRows, long version, String updatedBy, Instant updatedAt) {}

    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    ExportLimits(JdbcTemplate jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.Can.ADMINISTER)
    public List<Limit> all() {
        return jdbc.query(
                "select * from export_limit order by role",
                (row, n) -> new Limit(
                        Role.valueOf(row.getString("role")),
                        row.getObject("max_rows") == null ? null : row.getInt("max_rows"),
                        row.getLong("version"),
                        row.getString("updated_by"),
                        row.getTimestamp("updated_at").toInstant()));
    }

    /**
     * Sets a role's limit (null: none).
     *
     * @throws InvalidInputException when it is not 1 to 10,000,000 rows; nothing is stored
     * @throws RefusedException when someone changed it meanwhile
     */
    @Transactional
    @PreAuthorize(Role.Can.ADMINISTER)
    public void set(Role role, Integer maxRows, long expectedVersion) {
        if (maxRows != null && (maxRows < 1 || maxRows > MAX)) {
            throw new InvalidInputException(List.of("export-limits.error.rows"));
        }
        Integer before =
                jdbc.queryForObject("select max_rows from export_limit where role = ?", Integer.class, role.name());
        int changed = jdbc.update(
                "update export_limit set max_rows = ?, version = version + 1, updated_by = ?, updated_at = ?"
                        + " where role = ? and version = ?",
                maxRows,
                Actors.current(),
                Timestamp.from(clock.instant()),
                role.name(),
                expectedVersion);
        if (changed == 0) {
            throw new RefusedException("export-limits.refused.stale");
        }
        audit.record(
                "export-limit",
                role.name(),
                role.name(),
                null,
                null,
                AuditAction.UPDATE,
                List.of(new AuditChange(
                        "maxRows",
                        null,
                        before == null ? null : before.toString(),
                        maxRows == null ? null : maxRows.toString())));
    }

    /** The largest limit of these roles ({@link Long#MAX_VALUE} when one has none, 0 when none is known). */
    @Transactional(readOnly = true)
    public long limitOf(Collection<String> roles) {
        long largest = 0;
        for (String role : roles) {
            List<Integer> found = jdbc.query(
                    "select max_rows from export_limit where role = ?",
                    (row, n) -> row.getObject(1) == null ? null : row.getInt(1),
                    role);
            if (found.isEmpty()) {
                continue;
            }
            if (found.getFirst() == null) {
                return Long.MAX_VALUE;
            }
            largest = Math.max(largest, found.getFirst());
        }
        return largest;
    }
}
