package com.siteline.bench;

import com.siteline.base.grid.ColumnFilter;
import com.siteline.base.grid.GridQuery;
import com.siteline.base.grid.GridSort;
import com.siteline.base.grid.GridSource;
import com.siteline.organization.RunAs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Page and count latencies of the workspace grids, through the services the grids use: for each
 * combination of filter and sort, the first page (50 rows), a deep page (offset 10,000) and the
 * count query, each run R times after a warm-up; p50 and p95 in milliseconds.
 */
public final class WorkspaceBenchmark {

    public static final int PAGE = 50;
    public static final int DEEP_OFFSET = 10_000;

    public record Case(String grid, String user, String name, GridQuery query) {}

    /** count: what the grid asks (exact up to 10,000, then "more than"); exact: the full count, as exports use it. */
    public record Result(
            Case benchCase,
            long rows,
            double firstP50,
            double firstP95,
            double deepP50,
            double deepP95,
            double countP50,
            double countP95,
            double exactP50,
            double exactP95) {}

    /** The grid's count cap (DataGrid.COUNT_CAP). */
    public static final int COUNT_CAP = 10_000;

    private WorkspaceBenchmark() {}

    public static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        String m = "bench-manager";
        String a = "bench-agent";
        cases.add(new Case("issues", m, "newest first (default)", GridQuery.empty()));
        cases.add(new Case("issues", a, "agent's units, newest first", GridQuery.empty()));
        cases.add(new Case(
                "issues",
                a,
                "my open issues",
                GridQuery.empty().choice("assignee", GridQuery.ME).choice("open", "open")));
        cases.add(new Case(
                "issues",
                m,
                "unassigned open",
                GridQuery.empty().choice("assignee", GridQuery.NOBODY).choice("open", "open")));
        cases.add(
                new Case("issues", m, "waiting for customer", GridQuery.empty().choice("status", "WAITING_CUSTOMER")));
        cases.add(new Case(
                "issues",
                m,
                "overdue promised replies",
                GridQuery.empty().choice("promise", "overdue").sortedBy(GridSort.asc("promised"))));
        cases.add(new Case(
                "issues",
                m,
                "breaching soon (by due)",
                GridQuery.empty().choice("due", "breached", "nearing").sortedBy(GridSort.asc("due"))));
        cases.add(new Case(
                "issues",
                a,
                "agent: breaching soon",
                GridQuery.empty().choice("due", "breached", "nearing").sortedBy(GridSort.asc("due"))));
        cases.add(new Case("issues", m, "status in progress", GridQuery.empty().choice("status", "IN_PROGRESS")));
        cases.add(new Case("issues", m, "urgency urgent", GridQuery.empty().choice("urgency", "URGENT")));
        cases.add(new Case("issues", m, "type complaint", GridQuery.empty().choice("type", "COMPLAINT")));
        cases.add(new Case(
                "issues",
                m,
                "plugin home-decoration",
                GridQuery.empty().choice("variant", "home-decoration").choice("open", "open")));
        cases.add(new Case("issues", m, "category payment", GridQuery.empty().choice("category", "payment")));
        cases.add(new Case(
                "issues",
                m,
                "created in a month",
                GridQuery.empty()
                        .withFilter(
                                "created",
                                new ColumnFilter.DateRange(
                                        java.time.LocalDate.now().minusDays(30), java.time.LocalDate.now()))));
        cases.add(new Case("issues", m, "sort updated desc", GridQuery.empty().sortedBy(GridSort.desc("updated"))));
        cases.add(new Case(
                "issues",
                m,
                "sort status, created",
                GridQuery.empty().sortedBy(GridSort.asc("status"), GridSort.desc("created"))));
        cases.add(new Case(
                "issues", m, "sort urgency (severity)", GridQuery.empty().sortedBy(GridSort.asc("urgency"))));
        cases.add(new Case("issues", m, "sort customer name", GridQuery.empty().sortedBy(GridSort.asc("customer"))));
        cases.add(new Case(
                "issues",
                m,
                "customer starts with",
                GridQuery.empty().withFilter("customer", new ColumnFilter.Text("王芳"))));
        cases.add(new Case(
                "issues", m, "title contains", GridQuery.empty().withFilter("title", new ColumnFilter.Text("渗水"))));
        cases.add(new Case(
                "issues", m, "quick search by number", GridQuery.empty().withSearch("#12345")));
        cases.add(new Case("issues", m, "tag", GridQuery.empty().withFilter("tags", new ColumnFilter.Text("回访重点"))));
        cases.add(new Case("customers", m, "newest first (default)", GridQuery.empty()));
        cases.add(new Case(
                "customers", m, "name contains", GridQuery.empty().withFilter("name", new ColumnFilter.Text("王芳"))));
        cases.add(new Case(
                "customers",
                m,
                "phone prefix",
                GridQuery.empty().withFilter("phone", new ColumnFilter.Text("1300001"))));
        cases.add(new Case("customers", m, "tier VIP", GridQuery.empty().choice("tier", "VIP")));
        cases.add(new Case("customers", m, "sort name", GridQuery.empty().sortedBy(GridSort.asc("name"))));
        cases.add(new Case("customers", a, "agent's units", GridQuery.empty()));
        cases.add(new Case("log", m, "newest first (default)", GridQuery.empty()));
        cases.add(new Case("log", a, "agent's units", GridQuery.empty()));
        cases.add(new Case(
                "log",
                a,
                "my open promises",
                GridQuery.empty()
                        .choice("author", GridQuery.ME)
                        .choice("promise", "open")
                        .sortedBy(GridSort.asc("promised"))));
        cases.add(new Case(
                "log", m, "overdue promises (newest first)", GridQuery.empty().choice("promise", "overdue")));
        cases.add(new Case(
                "log",
                m,
                "overdue promises (the saved view)",
                GridQuery.empty().choice("promise", "overdue").sortedBy(GridSort.asc("promised"))));
        cases.add(new Case("log", m, "channel visit", GridQuery.empty().choice("channel", "VISIT")));
        cases.add(new Case(
                "log",
                m,
                "customer starts with",
                GridQuery.empty().withFilter("customer", new ColumnFilter.Text("王芳"))));
        cases.add(new Case("log", m, "sort customer", GridQuery.empty().sortedBy(GridSort.asc("customer"))));
        return cases;
    }

    public static List<Result> run(RunAs as, Map<String, GridSource<?>> sources, List<Case> cases, int runs) {
        List<Result> results = new ArrayList<>();
        for (Case c : cases) {
            GridSource<?> source = sources.get(c.grid());
            results.add(as.user(c.user(), () -> measure(c, source, runs)));
        }
        return results;
    }

    private static Result measure(Case c, GridSource<?> source, int runs) {
        {
            for (int w = 0; w < Math.min(3, runs); w++) {
                source.page(c.query(), 0, PAGE);
                source.count(c.query());
            }
            double[] first = new double[runs];
            double[] deep = new double[runs];
            double[] count = new double[runs];
            double[] exact = new double[Math.max(1, runs / 3)];
            long rows = 0;
            for (int r = 0; r < runs; r++) {
                first[r] = time(() -> source.page(c.query(), 0, PAGE));
                deep[r] = time(() -> source.page(c.query(), DEEP_OFFSET, PAGE));
                count[r] = time(() -> source.countUpTo(c.query(), COUNT_CAP));
            }
            for (int r = 0; r < exact.length; r++) {
                long[] counted = new long[1];
                exact[r] = time(() -> counted[0] = source.count(c.query()));
                rows = counted[0];
            }
            check(c, source, rows);
            return new Result(
                    c,
                    rows,
                    p(first, 50),
                    p(first, 95),
                    p(deep, 50),
                    p(deep, 95),
                    p(count, 50),
                    p(count, 95),
                    p(exact, 50),
                    p(exact, 95));
        }
    }

    /**
     * What was measured is also right: the capped count agrees with the exact one, the first page holds
     * as many rows as there are (up to a page), and consecutive pages neither overlap nor skip (their
     * rows are distinct and the deep page is there exactly when the rows reach that far).
     */
    static void check(Case c, GridSource<?> source, long exact) {
        long capped = source.countUpTo(c.query(), COUNT_CAP);
        if (capped != Math.min(exact, COUNT_CAP + 1L)) {
            throw new AssertionError(c + ": capped count " + capped + " but exact " + exact);
        }
        List<?> first = source.page(c.query(), 0, PAGE);
        List<?> second = source.page(c.query(), PAGE, PAGE);
        if (first.size() != Math.min(exact, PAGE) || second.size() != Math.max(0, Math.min(exact - PAGE, PAGE))) {
            throw new AssertionError(c + ": pages of " + first.size() + " and " + second.size() + " rows of " + exact);
        }
        java.util.Set<Object> seen = new java.util.HashSet<>(first);
        for (Object row : second) {
            if (!seen.add(row)) {
                throw new AssertionError(c + ": row on two pages: " + row);
            }
        }
        long deep = source.page(c.query(), DEEP_OFFSET, PAGE).size();
        if (deep != Math.max(0, Math.min(exact - DEEP_OFFSET, PAGE))) {
            throw new AssertionError(c + ": deep page of " + deep + " rows of " + exact);
        }
    }

    private static double time(Runnable action) {
        long start = System.nanoTime();
        action.run();
        return (System.nanoTime() - start) / 1_000_000.0;
    }

    static double p(double[] values, int percentile) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /** The results as a Markdown table; combinations over target are marked. */
    public static String table(List<Result> results) {
        StringBuilder out = new StringBuilder();
        out.append(
                "| grid | user | filter / sort | rows | page p50 | page p95 | deep p50 | deep p95 | count p50 | count p95"
                        + " | exact count p50 | exact count p95 |\n");
        out.append("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Result r : results) {
            out.append(String.format(
                    "| %s | %s | %s | %,d | %.1f | %.1f%s | %.1f | %.1f%s | %.1f | %.1f%s | %.1f | %.1f |%n",
                    r.benchCase().grid(),
                    r.benchCase().user().replace("bench-", ""),
                    r.benchCase().name(),
                    r.rows(),
                    r.firstP50(),
                    r.firstP95(),
                    r.firstP95() > 30 ? " ⚠" : "",
                    r.deepP50(),
                    r.deepP95(),
                    r.deepP95() > 30 ? " ⚠" : "",
                    r.countP50(),
                    r.countP95(),
                    r.countP95() > 100 ? " ⚠" : "",
                    r.exactP50(),
                    r.exactP95()));
        }
        return out.toString();
    }

    static Map<String, GridSource<?>> sources(GridSource<?> issues, GridSource<?> customers, GridSource<?> log) {
        Map<String, GridSource<?>> sources = new LinkedHashMap<>();
        sources.put("issues", issues);
        sources.put("customers", customers);
        sources.put("log", log);
        return sources;
    }

    static final Set<String> GRIDS = Set.of("issues", "customers", "log");
}
