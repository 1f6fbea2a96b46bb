package com.siteline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.followup.VisitLadder;
import com.siteline.obligation.Obligations;
import com.siteline.organization.RunAs;
import com.siteline.survey.CampaignSample;
import com.siteline.survey.SurveySweep;
import com.siteline.testsupport.MariaDbTestDatabase;
import com.siteline.testsupport.SitelineSpringTest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The after-sales timers and campaign sampling over the workspace benchmark data (200k projects / 1M issues with
 * {@code ./siteline bench}, a tiny run in the test command): one sweep of the survey, return-visit and obligation
 * timers when nothing is due, the survey sweep with 500 surveys due (per survey sent), and drawing a campaign's
 * sample over 100,000 customers.
 */
@SitelineSpringTest
class AfterSalesBenchmarkTest {

    static final int ISSUES = Integer.getInteger("siteline.bench.issues", 3_000);

    @Autowired
    SurveySweep sweep;

    @Autowired
    VisitLadder ladder;

    @Autowired
    Obligations obligations;

    @Autowired
    RunAs as;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void sweepsAndSamplingAtTheBenchSize() throws Exception {
        WorkspaceDataGenerator.Counts counts = ISSUES >= 1_000_000
                ? WorkspaceDataGenerator.Counts.FULL
                : new WorkspaceDataGenerator.Counts(ISSUES / 10, ISSUES / 5, ISSUES, ISSUES * 2);
        WorkspaceDataGenerator.generate(
                MariaDbTestDatabase.url(), MariaDbTestDatabase.user(), MariaDbTestDatabase.password(), counts);
        int runs = ISSUES >= 1_000_000 ? 20 : 3;
        List<String> lines = new ArrayList<>();
        // far in the future nothing of the demo is due either: nothing is sent, every query still runs
        Instant quiet = clock.instant().minusSeconds(3600 * 24 * 365L);
        double[] idle = time(runs, () -> {
            as.system(() -> sweep.run(quiet));
            as.system(ladder::run);
            as.system(obligations::escalate);
        });
        lines.add(row("one sweep, nothing due (surveys, visit ladder, obligations)", "", idle, 1000));

        // 500 campaign surveys due for bench customers: one sweep sends them all, each in its own transaction
        List<Long> customers = jdbc.queryForList(
                "select id from customer where business_unit_id in (select id from"
                        + " business_unit where code like 'BENCH-%') order by id limit 500",
                Long.class);
        long unit = jdbc.queryForObject(
                "select business_unit_id from customer where id = ?", Long.class, customers.getFirst());
        Timestamp now = Timestamp.from(clock.instant().minusSeconds(60));
        Timestamp expires = Timestamp.from(clock.instant().plusSeconds(3600 * 24 * 14L));
        jdbc.batchUpdate(
                "insert into survey_request (customer_id, customer_name, business_unit_id, variant_id, subject,"
                        + " trigger_kind, template_id, template_version, state, due_at, expires_at, created_at, campaign_id,"
                        + " segment) values (?, 'bench', ?, 'property-management', 'bench', 'CAMPAIGN', 'mid-year-sampled', 1,"
                        + " 'SCHEDULED', ?, ?, ?, -1, 'ALL')",
                customers,
                500,
                (p, id) -> {
                    p.setLong(1, id);
                    p.setLong(2, unit);
                    p.setTimestamp(3, now);
                    p.setTimestamp(4, expires);
                    p.setTimestamp(5, now);
                });
        long start = System.nanoTime();
        SurveySweep.Result sent = as.system(() -> sweep.run(clock.instant()));
        double busy = (System.nanoTime() - start) / 1e6;
        lines.add(String.format(
                "| one survey sweep with %d due | %d sent | %.1f ms (%.2f ms per survey) | proportional |",
                customers.size(), sent.sent(), busy, busy / Math.max(1, sent.sent())));
        assertThat(sent.sent()).isEqualTo(customers.size());

        // a campaign's sample over 100,000 customers (a tenth of them complained last year)
        Random random = new Random(7);
        List<CampaignSample.Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            candidates.add(new CampaignSample.Candidate(
                    i, "c" + i, random.nextInt(10) == 0 ? 1 + random.nextInt(5) : 0, random.nextInt(20) == 0 ? 1 : 0));
        }
        int[] size = new int[1];
        double[] sampling = time(
                runs,
                () -> size[0] = CampaignSample.select(candidates, 0.2, 0.5, random.nextLong())
                        .size());
        lines.add(row("campaign sample over 100,000 customers", String.format("%,d chosen", size[0]), sampling, 2000));
        assertThat(size[0]).isEqualTo(20_000 + 40_000);

        System.out.printf(
                "%nAfter-sales at %,d issues / %,d projects; ⚠ = over target:%n%n"
                        + "| what | size | p50 / time | p95 | target p95 ms |%n|---|---|---|---|---|%n%s%n",
                counts.issues(), counts.projects(), String.join("\n", lines));
    }

    private static double[] time(int runs, Runnable work) {
        work.run();
        double[] ms = new double[runs];
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            work.run();
            ms[r] = (System.nanoTime() - start) / 1e6;
        }
        return ms;
    }

    private static String row(String what, String size, double[] ms, int target) {
        double p95 = WorkspaceBenchmark.p(ms, 95);
        return String.format(
                "| %s | %s | %.1f | %.1f%s | < %d |",
                what, size, WorkspaceBenchmark.p(ms, 50), p95, p95 > target ? " ⚠" : "", target);
    }
}
