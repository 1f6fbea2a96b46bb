package com.siteline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.base.grid.ColumnFilter;
import com.siteline.base.grid.GridQuery;
import com.siteline.issue.IssueGrid;
import com.siteline.issue.IssueQueries;
import com.siteline.issue.IssueStatus;
import com.siteline.organization.RunAs;
import com.siteline.report.KpiPeriod;
import com.siteline.report.KpiReports;
import com.siteline.report.SlaGrouping;
import com.siteline.report.SlaReports;
import com.siteline.sdk.Urgency;
import com.siteline.testsupport.MariaDbTestDatabase;
import com.siteline.testsupport.SitelineSpringTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The managers' side over the workspace benchmark data (1M issues / 5M log entries with {@code ./siteline bench},
 * a tiny run in the test command), as {@code bench-manager} (all 10 benchmark units): the overview's queries
 * (its tiles, the three bar charts and the 12 weekly bars), the response-time report for a month and a year, and
 * the KPI scorecard for a month and a quarter (which reads the period before too).
 */
@SitelineSpringTest
class ReportBenchmarkTest {

    static final int ISSUES = Integer.getInteger("siteline.bench.issues", 3_000);

    @Autowired
    IssueQueries issues;
    @Autowired
    SlaReports sla;
    @Autowired
    KpiReports kpi;
    @Autowired
    RunAs as;

    @Test
    void overviewAndReportsAtTheBenchSize() throws Exception {
        WorkspaceDataGenerator.Counts counts = ISSUES >= 1_000_000 ? WorkspaceDataGenerator.Counts.FULL
                : new WorkspaceDataGenerator.Counts(ISSUES / 10, ISSUES / 5, ISSUES, ISSUES * 2);
        if (ISSUES >= 1_000_000) {
            System.out.printf("%nInnoDB buffer pool: %d MiB%n", WorkspaceDataGenerator.ensureBufferPool(
                    MariaDbTestDatabase.url(), MariaDbTestDatabase.user(), MariaDbTestDatabase.password()) >> 20);
        }
        WorkspaceDataGenerator.generate(MariaDbTestDatabase.url(), MariaDbTestDatabase.user(),
                MariaDbTestDatabase.password(), counts);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        LocalDate month = today.withDayOfMonth(1).minusMonths(1);
        int runs = ISSUES >= 1_000_000 ? 20 : 3;
        List<String> lines = new ArrayList<>();
        lines.add(row("overview (27 counts + 12 weekly bars)", runs, 200, () -> overview(today)));
        lines.add(row("response-time report, a month, by unit", runs, 200,
                () -> sla.report(month, month.plusMonths(1).minusDays(1), SlaGrouping.UNIT).total().issues()));
        lines.add(row("response-time report, a month, by handler", runs, 200,
                () -> sla.report(month, month.plusMonths(1).minusDays(1), SlaGrouping.AGENT).total().issues()));
        lines.add(row("response-time report, a year, by unit", Math.max(3, runs / 4), 1000,
                () -> sla.report(today.minusDays(364), today, SlaGrouping.UNIT).total().issues()));
        lines.add(row("KPI scorecard, a month, by handler", runs, 200,
                () -> kpi.scorecard(KpiPeriod.MONTH, month, SlaGrouping.AGENT).total().issues()));
        lines.add(row("KPI scorecard, a quarter, by team", Math.max(3, runs / 4), 1000,
                () -> kpi.scorecard(KpiPeriod.QUARTER, month, SlaGrouping.TEAM).total().issues()));
        System.out.printf("%nManagers' side at %,d issues (bench-manager, all benchmark units); ms; ⚠ = over target:%n%n"
                + "| what | issues read | p50 | p95 | target p95 |%n|---|---|---|---|---|%n%s%n",
                counts.issues(), String.join("\n", lines));
        // what was timed is right: a year's report holds every issue raised in that year of the manager's units
        long year = as.user("bench-manager", () -> sla.report(today.minusDays(364), today, SlaGrouping.UNIT)).total().issues();
        assertThat(year).isPositive().isLessThanOrEqualTo(as.user("bench-manager", () -> issues.count(GridQuery.empty())));
    }

    private long overview(LocalDate today) {
        GridQuery open = GridQuery.empty().choice("open", IssueGrid.OPEN);
        List<GridQuery> queries = new ArrayList<>(List.of(open, open.choice("due", IssueGrid.BREACHED),
                open.choice("due", IssueGrid.NEARING), open.choice("assignee", GridQuery.NOBODY),
                GridQuery.empty().choice("status", IssueStatus.WAITING_CUSTOMER.name()),
                open.choice("urgency", Urgency.URGENT.name()), GridQuery.empty().choice("promise", IssueGrid.PROMISE_OVERDUE),
                open.withFilter("created", new ColumnFilter.DateRange(null, today.minusDays(7)))));
        IssueStatus.open().forEach(s -> queries.add(GridQuery.empty().choice("status", s.name())));
        for (Urgency urgency : Urgency.values()) {
            queries.add(open.choice("urgency", urgency.name()));
        }
        int[][] ages = {{0, 0}, {1, 3}, {4, 7}, {8, 30}, {31, -1}};
        for (int[] age : ages) {
            queries.add(open.withFilter("created", new ColumnFilter.DateRange(age[1] < 0 ? null : today.minusDays(age[1]),
                    today.minusDays(age[0]))));
        }
        long sum = 0;
        for (GridQuery query : queries) {
            sum += issues.countUpTo(query, 10_000);
        }
        LocalDate monday = today.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        sum += sla.weekly(monday.minusWeeks(11), 12).size();
        return sum;
    }

    private String row(String what, int runs, int target, Supplier<Number> work) {
        long read = as.user("bench-manager", work::get).longValue();
        double[] ms = new double[runs];
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            as.user("bench-manager", work::get);
            ms[r] = (System.nanoTime() - start) / 1e6;
        }
        double p95 = WorkspaceBenchmark.p(ms, 95);
        return String.format("| %s | %,d | %.1f | %.1f%s | < %d |", what, read, WorkspaceBenchmark.p(ms, 50), p95,
                p95 > target ? " ⚠" : "", target);
    }
}
