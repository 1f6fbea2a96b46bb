package com.siteline.job.internal;

import com.siteline.base.ProjectWaiting;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Repair jobs of the projects not yet confirmed by the customer (late when requested two days ago and not out). */
@Component
class JobsWaiting implements ProjectWaiting {

    private static final Duration LATE = Duration.ofDays(2);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    JobsWaiting(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<Item> on(Collection<Long> projectIds, int limit) {
        if (projectIds.isEmpty()) {
            return List.of();
        }
        java.time.Instant late = clock.instant().minus(LATE);
        return jdbc.query(
                "select issue_id, project_id, title, state, created_at from repair_job"
                        + " where state in ('REQUESTED', 'DISPATCHED', 'ON_SITE', 'COMPLETED') and project_id in ("
                        + ProjectWaiting.inList(projectIds)
                        + ") order by created_at limit " + limit,
                (row, n) -> {
                    java.time.Instant since = row.getTimestamp("created_at").toInstant();
                    return new Item(
                            "job",
                            row.getLong("project_id"),
                            row.getString("title"),
                            since,
                            "issues/" + row.getLong("issue_id"),
                            "REQUESTED".equals(row.getString("state")) && since.isBefore(late));
                });
    }
}
