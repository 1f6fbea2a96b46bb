package com.siteline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.base.grid.ColumnFilter;
import com.siteline.base.grid.GridQuery;
import com.siteline.followup.ReturnVisits;
import com.siteline.followup.VisitState;
import com.siteline.issue.IssueQueries;
import com.siteline.issue.IssueRollups;
import com.siteline.issue.IssueTallies;
import com.siteline.obligation.ObligationState;
import com.siteline.obligation.Obligations;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.RunAs;
import com.siteline.report.DocumentStatus;
import com.siteline.report.KpiPeriod;
import com.siteline.report.KpiReports;
import com.siteline.report.ParallelReads;
import com.siteline.report.PeriodicDocuments;
import com.siteline.report.SlaGrouping;
import com.siteline.report.SlaReports;
import com.siteline.report.ui.OpenCounts;
import com.siteline.survey.SurveyService;
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

    @Autowired
    IssueTallies tallies;

    @Autowired
    PeriodicDocuments documents;

    @Autowired
    ReturnVisits visits;

    @Autowired
    Obligations obligations;

    @Autowired
    SurveyService surveys;

    @Autowired
    OrganizationService organization;

    @Autowired
    IssueRollups rollups;

    @Autowired
    ParallelReads reads;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void overviewAndReportsAtTheBenchSize() throws Exception {
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
        WorkspaceDataGenerator.generate(
                MariaDbTestDatabase.url(), MariaDbTestDatabase.user(), MariaDbTestDatabase.password(), counts);
        // the generated history was written in the last minutes; as history it is older: a day, say. Then the
        // counts kept ahead are made from scratch, as the timer would have kept them.
        jdbc.update(
                "update customer_issue set changed_at = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(1))));
        long rollStart = System.nanoTime();
        IssueRollups.Rolled rolled = rollups.rollAll();
        System.out.printf(
                "%nCounts kept ahead made from scratch: %,d unit-days in %,d ms%n",
                rolled.unitDays(), (System.nanoTime() - rollStart) / 1_000_000);
        long rollAgain = System.nanoTime();
        rollups.roll();
        System.out.printf("A roll with nothing changed: %,d ms%n", (System.nanoTime() - rollAgain) / 1_000_000);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        LocalDate month = today.withDayOfMonth(1).minusMonths(1);
        int runs = ISSUES >= 1_000_000 ? 20 : 3;
        List<String> lines = new ArrayList<>();
        lines.add(row(
                "overview (open issues grouped, 12 weekly bars, documents, visits, obligations, ratings)",
                runs,
                200,
                () -> overview(today)));
        // the overview's parts, one after the other (no target each: what they add up to)
        int[][] ages = {{0, 0}, {1, 3}, {4, 7}, {8, 30}, {31, -1}};
        LocalDate monday = today.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        lines.add(row(
                "· overview part: open issues grouped",
                runs,
                200,
                () -> OpenCounts.of(tallies, null, java.time.Instant.now(), today, ages)
                        .open()));
        lines.add(row(
                "· overview part: 12 weekly bars",
                runs,
                200,
                () -> sla.weekly(monday.minusWeeks(11), 12).size()));
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        lines.add(row(
                "· overview part: 6 months of ratings",
                runs,
                200,
                () -> surveys.ratingsBetween(
                                organization.unitNamesOf("bench-manager").keySet(),
                                today.withDayOfMonth(1)
                                        .minusMonths(5)
                                        .atStartOfDay(shanghai)
                                        .toInstant(),
                                today.plusDays(1).atStartOfDay(shanghai).toInstant())
                        .size()));
        lines.add(row(
                "response-time report, a month, by unit",
                runs,
                200,
                () -> sla.report(month, month.plusMonths(1).minusDays(1), SlaGrouping.UNIT)
                        .total()
                        .issues()));
        lines.add(row(
                "response-time report, a month, by handler",
                runs,
                200,
                () -> sla.report(month, month.plusMonths(1).minusDays(1), SlaGrouping.AGENT)
                        .total()
                        .issues()));
        lines.add(row(
                "response-time report, a year, by unit",
                Math.max(3, runs / 4),
                1000,
                () -> sla.report(today.minusDays(364), today, SlaGrouping.UNIT)
                        .total()
                        .issues()));
        lines.add(row(
                "KPI scorecard, a month, by handler",
                runs,
                200,
                () -> kpi.scorecard(KpiPeriod.MONTH, month, SlaGrouping.AGENT)
                        .total()
                        .issues()));
        lines.add(row(
                "KPI scorecard, a quarter, by team",
                Math.max(3, runs / 4),
                1000,
                () -> kpi.scorecard(KpiPeriod.QUARTER, month, SlaGrouping.TEAM)
                        .total()
                        .issues()));
        System.out.printf(
                "%nManagers' side at %,d issues (bench-manager, all benchmark units); ms; ⚠ = over target:%n%n"
                        + "| what | issues counted | p50 | p95 | target p95 |%n|---|---|---|---|---|%n%s%n",
                counts.issues(), String.join("\n", lines));
        // what was timed is right: a year's report holds every issue raised in that year of the manager's units
        long year = as.user("bench-manager", () -> sla.report(today.minusDays(364), today, SlaGrouping.UNIT))
                .total()
                .issues();
        assertThat(year)
                .isPositive()
                .isLessThanOrEqualTo(as.user("bench-manager", () -> issues.count(GridQuery.empty())));
    }

    /** What the overview reads for a manager: the open issues' grouped count, the weekly bars and the other tiles. */
    private long overview(LocalDate today) {
        int[][] ages = {{0, 0}, {1, 3}, {4, 7}, {8, 30}, {31, -1}};
        LocalDate monday = today.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        // side by side, as the view reads them
        List<java.util.function.Supplier<?>> heavy = new ArrayList<>(OpenCounts.shares(
                tallies,
                organization.unitNamesOf("bench-manager").keySet(),
                null,
                java.time.Instant.now(),
                today,
                ages));
        heavy.add(() -> sla.weekly(monday.minusWeeks(11), 12));
        List<Object> read = reads.all(heavy);
        OpenCounts counts = OpenCounts.merged(read.get(0), read.get(1), today, ages);
        long sum = counts.open() + counts.breached() + counts.raisedBetween(today, ages[4]);
        sum += ((List<?>) read.get(2)).size();
        GridQuery drafts = GridQuery.empty().choice("status", DocumentStatus.DRAFT.name());
        sum += documents.countUpTo(drafts, 10_000)
                + documents.countUpTo(
                        drafts.withFilter("due", new ColumnFilter.DateRange(null, today.minusDays(1))), 10_000);
        GridQuery due = GridQuery.empty().choice("state", VisitState.DUE.name());
        sum += visits.countUpTo(due.withFilter("due", new ColumnFilter.DateRange(today, today)), 10_000)
                + visits.countUpTo(due.withFilter("due", new ColumnFilter.DateRange(null, today.minusDays(1))), 10_000);
        GridQuery open = GridQuery.empty().choice("state", ObligationState.OPEN.name());
        sum += obligations.countUpTo(
                        open.withFilter(
                                "due",
                                new ColumnFilter.DateRange(
                                        today.withDayOfMonth(1), today.withDayOfMonth(today.lengthOfMonth()))),
                        10_000)
                + obligations.countUpTo(
                        open.withFilter("due", new ColumnFilter.DateRange(null, today.minusDays(1))), 10_000);
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        sum += surveys.ratingsBetween(
                        organization.unitNamesOf("bench-manager").keySet(),
                        today.withDayOfMonth(1)
                                .minusMonths(5)
                                .atStartOfDay(zone)
                                .toInstant(),
                        today.plusDays(1).atStartOfDay(zone).toInstant())
                .size();
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
        return String.format(
                "| %s | %,d | %.1f | %.1f%s | < %d |",
                what, read, WorkspaceBenchmark.p(ms, 50), p95, p95 > target ? " ⚠" : "", target);
    }
}
