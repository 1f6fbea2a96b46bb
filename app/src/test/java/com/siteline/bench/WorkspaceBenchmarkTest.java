package com.siteline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.base.grid.GridQuery;
import com.siteline.communication.CommunicationService;
import com.siteline.customer.CustomerService;
import com.siteline.issue.IssueQueries;
import com.siteline.issue.IssueService;
import com.siteline.issue.ResponseTimeSweep;
import com.siteline.organization.RunAs;
import com.siteline.testsupport.MariaDbTestDatabase;
import com.siteline.testsupport.SitelineSpringTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Runs the workspace data generator and the grid benchmark. In the test command both run at a tiny
 * size so they cannot rot; {@code ./siteline bench} runs them at full size (100k customers, 200k
 * projects, 1M issues, 5M log entries) against the database {@code siteline_bench}.
 */
@SitelineSpringTest
class WorkspaceBenchmarkTest {

    static final int ISSUES = Integer.getInteger("siteline.bench.issues", 3_000);

    @Autowired
    IssueService issues;

    @Autowired
    IssueQueries queries;

    @Autowired
    RunAs as;

    @Autowired
    CustomerService customers;

    @Autowired
    CommunicationService log;

    @Autowired
    ResponseTimeSweep sweep;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void generatesTheDataAndPrintsPageAndCountLatencies() throws Exception {
        WorkspaceDataGenerator.Counts counts = ISSUES >= 1_000_000
                ? WorkspaceDataGenerator.Counts.FULL
                : new WorkspaceDataGenerator.Counts(ISSUES / 10, ISSUES / 5, ISSUES, ISSUES * 2);
        if (ISSUES >= 1_000_000) {
            System.out.printf(
                    "%nInnoDB buffer pool: %d MiB%n",
                    WorkspaceDataGenerator.ensureBufferPool(
                                    MariaDbTestDatabase.url(),
                                    MariaDbTestDatabase.user(),
                                    MariaDbTestDatabase.password())
                            >> 20);
        }
        WorkspaceDataGenerator.Report report = WorkspaceDataGenerator.generate(
                MariaDbTestDatabase.url(), MariaDbTestDatabase.user(), MariaDbTestDatabase.password(), counts);
        System.out.printf(
                "%nWorkspace data %s: %,d customers, %,d projects, %,d issues, %,d log entries in %.1f s%n",
                report.reused() ? "(already there)" : "generated",
                counts.customers(),
                counts.projects(),
                counts.issues(),
                counts.logEntries(),
                report.took().toMillis() / 1000.0);

        // the generated rows are what the grids count, per user scope
        assertThat(as.user("bench-manager", () -> queries.count(GridQuery.empty())))
                .isEqualTo(counts.issues());
        assertThat(as.user("bench-manager", () -> customers.count(GridQuery.empty())))
                .isEqualTo(counts.customers());
        assertThat(as.user("bench-manager", () -> log.count(GridQuery.empty()))).isEqualTo(counts.logEntries());
        long agentIssues = as.user("bench-agent", () -> queries.count(GridQuery.empty()));
        assertThat(agentIssues).isBetween(counts.issues() / 10L, counts.issues() / 3L);

        int runs = ISSUES >= 1_000_000 ? 30 : 3;
        List<WorkspaceBenchmark.Result> results = WorkspaceBenchmark.run(
                as, WorkspaceBenchmark.sources(queries, customers, log), WorkspaceBenchmark.cases(), runs);
        System.out.println("\nWorkspace grid latencies in ms (" + runs + " runs each; page = 50 rows; deep = offset "
                + WorkspaceBenchmark.DEEP_OFFSET + "; ⚠ = over target):\n");
        System.out.println(WorkspaceBenchmark.table(results));
        long open =
                as.user("bench-manager", () -> queries.count(GridQuery.empty().choice("open", "open")));
        double[] sweep = new double[runs * 10];
        int due = 0;
        java.time.Instant now = java.time.Instant.now();
        java.util.List<Long> dueIds = java.util.List.of();
        for (int r = 0; r < sweep.length; r++) {
            long start = System.nanoTime();
            dueIds = this.sweep.dueAlerts(now, ResponseTimeSweep.BATCH);
            sweep[r] = (System.nanoTime() - start) / 1_000_000.0;
            due = dueIds.size();
        }
        System.out.printf(
                "Breach sweep (indexed query for due alerts, batch of %d) at %,d issues with %,d open:"
                        + " p50 %.2f ms, p95 %.2f ms (target p95 ≤ 50 ms; %d due now)%n%n",
                ResponseTimeSweep.BATCH,
                counts.issues(),
                open,
                WorkspaceBenchmark.p(sweep, 50),
                WorkspaceBenchmark.p(sweep, 95),
                due);
        // what the sweep measured is right: exactly the issues whose alert time has come (up to a batch)
        long dueInTable = jdbc.queryForObject(
                "select count(*) from customer_issue where next_alert_at <= ?",
                Long.class,
                java.sql.Timestamp.from(now));
        assertThat((long) due).isEqualTo(Math.min(dueInTable, ResponseTimeSweep.BATCH));
        for (long id : dueIds) {
            assertThat(jdbc.queryForObject(
                                    "select next_alert_at from customer_issue where id = ?",
                                    java.sql.Timestamp.class,
                                    id)
                            .toInstant())
                    .isBeforeOrEqualTo(now);
        }
        assertThat(open)
                .isEqualTo(jdbc.queryForObject(
                        "select count(*) from customer_issue where open_issue = true"
                                + " and business_unit_id in (select ub.business_unit_id from app_user_business_unit ub"
                                + " join app_user u on u.id = ub.user_id where u.username = 'bench-manager')",
                        Long.class));
        // every case was measured and checked (WorkspaceBenchmark.check: capped count, pages, deep page)
        assertThat(results).hasSize(WorkspaceBenchmark.cases().size());
    }
}
