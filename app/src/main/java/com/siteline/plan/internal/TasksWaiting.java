package com.siteline.plan.internal;

import com.siteline.base.ProjectWaiting;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Communication tasks of the plans that are due today or were due before and are still open. */
@Component
class TasksWaiting implements ProjectWaiting {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final JdbcTemplate jdbc;
    private final Clock clock;

    TasksWaiting(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<Item> on(Collection<Long> projectIds, int limit) {
        if (projectIds.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock.withZone(CHINA));
        return jdbc.query(
                "select project_id, goal, due_on from comm_task where state = 'OPEN' and due_on <= ?"
                        + " and project_id in ("
                        + ProjectWaiting.inList(projectIds)
                        + ") order by due_on limit " + limit,
                (row, n) -> {
                    LocalDate due = row.getObject("due_on", LocalDate.class);
                    return new Item(
                            "task",
                            row.getLong("project_id"),
                            row.getString("goal"),
                            due.atStartOfDay(CHINA).toInstant(),
                            "projects/" + row.getLong("project_id"),
                            due.isBefore(today));
                },
                java.sql.Date.valueOf(today));
    }
}
