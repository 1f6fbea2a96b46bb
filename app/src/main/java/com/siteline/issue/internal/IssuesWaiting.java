package com.siteline.issue.internal;

import com.siteline.base.ProjectWaiting;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Open issues of the projects (rectifications, complaints, questions), late when a deadline has passed. */
@Component
class IssuesWaiting implements ProjectWaiting {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    IssuesWaiting(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<Item> on(Collection<Long> projectIds, int limit) {
        if (projectIds.isEmpty()) {
            return List.of();
        }
        java.sql.Timestamp now = java.sql.Timestamp.from(clock.instant());
        return jdbc.query(
                "select id, project_id, title, created_at, (first_response_due < ? and first_responded_at is null)"
                        + " or (resolution_due < ? and resolved_at is null) as late from customer_issue"
                        + " where open_issue = true and project_id in ("
                        + ProjectWaiting.inList(projectIds)
                        + ") order by created_at limit " + limit,
                (row, n) -> new Item(
                        "issue",
                        row.getLong("project_id"),
                        "#" + row.getLong("id") + " " + row.getString("title"),
                        row.getTimestamp("created_at").toInstant(),
                        "issues/" + row.getLong("id"),
                        row.getBoolean("late")),
                now,
                now);
    }
}
