package com.siteline.portal.internal;

import com.siteline.base.ProjectWaiting;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Confirmations the customer was asked to sign and has not (late after three days). */
@Component
class SignaturesWaiting implements ProjectWaiting {

    private static final Duration LATE = Duration.ofDays(3);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    SignaturesWaiting(JdbcTemplate jdbc, Clock clock) {
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
                "select project_id, title, requested_at from portal_confirmation where state = 'PENDING'"
                        + " and project_id in (" + ProjectWaiting.inList(projectIds) + ") order by requested_at limit "
                        + limit,
                (row, n) -> {
                    java.time.Instant since = row.getTimestamp("requested_at").toInstant();
                    return new Item(
                            "signature",
                            row.getLong("project_id"),
                            row.getString("title"),
                            since,
                            "projects/" + row.getLong("project_id"),
                            since.isBefore(late));
                });
    }
}
