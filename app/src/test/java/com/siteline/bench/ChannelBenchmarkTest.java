package com.siteline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.base.grid.GridQuery;
import com.siteline.channel.sms.Smsc;
import com.siteline.issue.IssueQueries;
import com.siteline.notification.ChannelSettings;
import com.siteline.organization.RunAs;
import com.siteline.testsupport.SitelineSpringTest;
import com.siteline.testsupport.TestClock;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A campaign's SMS notices queued at once (10,000 with {@code ./siteline bench}, 300 in the test command) drain through
 * the outbox timer to a real SMPP server (jSMPP's, in this JVM) no faster than the channel's rate, each exactly once,
 * while an agent keeps clicking: the inbox page's round trip is measured before and during the drain. The SMS
 * channel's 20 a second is scaled by ten here ({@code siteline.channels.rate-factor}), as a bulk account allows.
 */
@SitelineSpringTest
@SpringBootTest(properties = "siteline.channels.rate-factor=10")
@DirtiesContext
class ChannelBenchmarkTest {

    static final int NOTICES = Integer.getInteger("siteline.bench.issues", 3_000) >= 1_000_000 ? 10_000 : 300;
    static final int LIMIT = 200;
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    ChannelSettings settings;

    @Autowired
    IssueQueries issues;

    @Autowired
    RunAs as;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    javax.sql.DataSource dataSource;

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("customerOutboxTimer")
    com.siteline.timer.RecurringTimer outboxTimer;

    private double click() {
        long t0 = System.nanoTime();
        List<?> page = as.user("agent", () -> issues.page(GridQuery.empty(), 0, 50));
        double ms = (System.nanoTime() - t0) / 1e6;
        assertThat(page).isNotEmpty();
        return ms;
    }

    private long waiting(String marker) {
        return jdbc.queryForObject(
                "select count(*) from customer_message where subject = ? and outcome in ('PENDING', 'HELD')",
                Long.class,
                marker);
    }

    @Test
    void aCampaignsNoticesDrainWithinTheGatewaysRateWhileClicksStayFast() throws Exception {
        TestClock.reset();
        TestClock.advance(Duration.between(
                Instant.now(),
                LocalDate.now(SHANGHAI)
                        .plusDays(1)
                        .atTime(LocalTime.of(10, 0))
                        .atZone(SHANGHAI)
                        .toInstant()));
        try (Smsc smsc = new Smsc("bench", "bench")) {
            Map<String, String> values = new HashMap<>();
            values.put("host", "127.0.0.1");
            values.put("port", Integer.toString(smsc.port));
            values.put("systemId", "bench");
            values.put("password", "bench");
            values.put("sourceAddress", "10690001");
            as.user("admin", () -> settings.save("sms", ChannelSettings.Mode.LIVE, values, -1));
            double[] quiet = new double[40];
            for (int i = 0; i < quiet.length; i++) {
                quiet[i] = click();
            }
            String marker = "bench-campaign-" + System.nanoTime();
            long unit = jdbc.queryForObject("select id from business_unit where code = 'BJ-PROPERTY'", Long.class);
            Instant now = clock.instant();
            List<Object[]> customers = new ArrayList<>();
            for (int i = 0; i < NOTICES; i++) {
                customers.add(new Object[] {
                    unit,
                    "群发客户" + i,
                    String.format("1770%07d", i),
                    "STANDARD",
                    "PHONE",
                    Timestamp.from(now),
                    Timestamp.from(now)
                });
            }
            jdbc.batchUpdate(
                    "insert into customer (business_unit_id, name, phone, tier, preferred_channel, created_at,"
                            + " updated_at) values (?,?,?,?,?,?,?)",
                    customers);
            // the campaign queues every notice in one go, as its sweep does
            int queued = jdbc.update(
                    "insert into customer_message (customer_id, customer_name, business_unit_id, kind, subject, body,"
                            + " created_at, outcome, urgent, attempts) select id, name, business_unit_id, 'NOTICE', ?,"
                            + " '小区年终客户满意度回访即将开始，感谢您的支持。', ?, 'PENDING', false, 0 from customer"
                            + " where name like '群发客户%' and phone like '1770%'",
                    marker, Timestamp.from(now));
            assertThat(queued).isEqualTo(NOTICES);
            // the outbox timer as a node runs it (tests start no timers of their own accord)
            com.github.kagkarlsson.scheduler.Scheduler node = com.siteline.timer.NodeScheduler.of(
                    dataSource,
                    List.of(outboxTimer.task()),
                    "bench-node",
                    Duration.ofMillis(200),
                    Duration.ofSeconds(2));
            node.start();
            long start = System.nanoTime();
            List<Double> during = new ArrayList<>();
            long deadline =
                    start + Duration.ofSeconds(60 + 3L * NOTICES / LIMIT).toNanos();
            long lastCheck = 0;
            while (System.nanoTime() < deadline) {
                during.add(click());
                if (System.nanoTime() - lastCheck > 500_000_000L) {
                    lastCheck = System.nanoTime();
                    if (waiting(marker) == 0) {
                        break;
                    }
                }
                Thread.sleep(50);
            }
            double drained = (System.nanoTime() - start) / 1e9;
            node.stop();
            assertThat(waiting(marker))
                    .as("every notice went out within the time")
                    .isZero();
            // each exactly once: as many sent as queued, as many submitted to the SMSC, no number twice
            assertThat(jdbc.queryForObject(
                            "select count(*) from customer_message where subject = ? and outcome = 'SENT'",
                            Long.class,
                            marker))
                    .isEqualTo(NOTICES);
            // (held messages of the demo whose hour has come go out too: only the campaign's numbers are counted)
            List<String> numbers = smsc.submitted.stream()
                    .map(Smsc.Submitted::to)
                    .filter(n -> n.startsWith("1770"))
                    .toList();
            assertThat(numbers).hasSize(NOTICES).doesNotHaveDuplicates();
            List<Map<String, Object>> perSecond = jdbc.queryForList(
                    "select count(*) n from customer_message where subject = ?"
                            + " group by floor(unix_timestamp(sent_at))",
                    marker);
            long busiest = perSecond.stream()
                    .mapToLong(r -> ((Number) r.get("n")).longValue())
                    .max()
                    .orElse(0);
            Instant first = jdbc.queryForObject(
                            "select min(sent_at) from customer_message where subject = ?", Timestamp.class, marker)
                    .toInstant();
            Instant last = jdbc.queryForObject(
                            "select max(sent_at) from customer_message where subject = ?", Timestamp.class, marker)
                    .toInstant();
            double sending = Math.max(0.001, Duration.between(first, last).toMillis() / 1000.0);
            double[] clicks = during.stream().mapToDouble(Double::doubleValue).toArray();
            System.out.printf(
                    "%nCampaign of %,d SMS notices queued at once: all out %.1f s after (%.1f s of sending, %.0f a second;"
                            + " the channel's limit %d a second, the busiest second %d; target: never above the"
                            + " limit, each once)%n",
                    NOTICES, drained, sending, NOTICES / sending, LIMIT, busiest);
            System.out.printf(
                    "An agent's inbox page (50 rows) while the queue drains: p50 %.1f ms, p95 %.1f ms over %d clicks;"
                            + " before it: p50 %.1f ms, p95 %.1f ms (target: p95 during ≤ 150 ms)%s%n%n",
                    WorkspaceBenchmark.p(clicks, 50),
                    WorkspaceBenchmark.p(clicks, 95),
                    clicks.length,
                    WorkspaceBenchmark.p(quiet, 50),
                    WorkspaceBenchmark.p(quiet, 95),
                    WorkspaceBenchmark.p(clicks, 95) <= 150 ? "" : " ⚠");
            // the outbox paces by the channel's rate: no second holds more than it (a boundary may see one more)
            assertThat(busiest).isLessThanOrEqualTo(LIMIT + 1);
        } finally {
            as.user("admin", () -> settings.save("sms", ChannelSettings.Mode.RECORD, Map.of(), -1));
            TestClock.reset();
        }
    }
}
