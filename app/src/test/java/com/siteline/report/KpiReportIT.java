package com.siteline.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.siteline.base.InvalidInputException;
import com.siteline.customer.CustomerDetails;
import com.siteline.customer.CustomerDraft;
import com.siteline.customer.CustomerService;
import com.siteline.issue.IssueDetails;
import com.siteline.issue.IssueService;
import com.siteline.issue.NewIssue;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.organization.RunAs;
import com.siteline.report.internal.KpiFormula;
import com.siteline.report.internal.KpiReport;
import com.siteline.report.internal.KpiRow;
import com.siteline.report.internal.KpiSettings;
import com.siteline.report.internal.KpiWeights;
import com.siteline.sdk.IssueType;
import com.siteline.sdk.Urgency;
import com.siteline.testsupport.SitelineSpringTest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The KPI scorecard against a plain SQL recount on generated issues of a unit of its own, with its own
 * weights (50/30/20, zero points at 300%): every component, score, secondary figure and the previous
 * month's score per handler must equal what the SQL below computes, independent of the report code.
 */
@SitelineSpringTest
class KpiReportIT {

    private static final String[] AGENTS = {"kpi-agent-1", "kpi-agent-2", "kpi-agent-3", null};
    private static final String[] CATEGORIES = {"quality-acceptance", "payment", "service-attitude"};
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    KpiReports reports;

    @Autowired
    KpiSettings settings;

    @Autowired
    OrganizationService organization;

    @Autowired
    CustomerService customers;

    @Autowired
    IssueService issues;

    @Autowired
    RunAs as;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    long unit;

    @BeforeEach
    void aUnitOfItsOwnWithGeneratedIssues() {
        if (organization.businessUnitExists("KPI-T")) {
            unit = unitId();
            return;
        }
        as.system(() -> organization.createBusinessUnit("KPI-T", "考核测试部", List.of("home-decoration")));
        as.system(() -> organization.createUser(
                "kpi-manager", "经理 考核", "manager-pass-2026", Set.of(Role.MANAGER), List.of("KPI-T")));
        as.system(() ->
                organization.createUser("kpi-agent", "客服 考核", "agent-pass-2026", Set.of(Role.AGENT), List.of("KPI-T")));
        unit = unitId();
        as.user("admin", () -> settings.save(unit, -1, new KpiWeights(50, 30, 20, 300)));
        Random random = new Random(20261201);
        Instant now = clock.instant();
        Instant monthStart = LocalDate.now(clock.withZone(ZONE))
                .withDayOfMonth(1)
                .atStartOfDay(ZONE)
                .toInstant();
        Instant previousStart = LocalDate.ofInstant(monthStart, ZONE)
                .minusMonths(1)
                .atStartOfDay(ZONE)
                .toInstant();
        List<CustomerDetails> owners = List.of(
                as.user(
                        "kpi-manager",
                        () -> customers.create(
                                CustomerDraft.of(unit, "考核客户甲", "1396666" + (System.nanoTime() % 10_000)))),
                as.user(
                        "kpi-manager",
                        () -> customers.create(
                                CustomerDraft.of(unit, "考核客户乙", "1395555" + (System.nanoTime() % 10_000)))));
        for (int i = 0; i < 90; i++) {
            CustomerDetails customer = owners.get(random.nextInt(owners.size()));
            IssueDetails issue = as.user(
                    "kpi-manager",
                    () -> issues.create(new NewIssue(
                            customer.id(),
                            null,
                            "考核问题",
                            null,
                            IssueType.COMPLAINT,
                            "quality-acceptance",
                            Urgency.NORMAL)));
            // a third raised last month, the rest this month up to now
            Instant from = i % 3 == 0 ? previousStart : monthStart;
            Instant to = i % 3 == 0 ? monthStart : now;
            Instant raised = from.plusSeconds(
                    (long) (random.nextDouble() * Duration.between(from, to).getSeconds()));
            long target = 30 + random.nextInt(120);
            Instant firstDue = raised.plus(Duration.ofMinutes(target));
            boolean answered = random.nextInt(5) != 0;
            long taken = random.nextInt((int) target * 4) + 1;
            Instant resolutionDue = now.plus(Duration.ofDays(random.nextBoolean() ? -1 : 1));
            Timestamp resolved = switch (random.nextInt(3)) {
                case 0 -> ts(resolutionDue.minus(Duration.ofHours(3)));
                case 1 ->
                    ts(
                            resolutionDue.plus(Duration.ofHours(3)).isAfter(now)
                                    ? now
                                    : resolutionDue.plus(Duration.ofHours(3)));
                default -> null;
            };
            jdbc.update(
                    """
                    update customer_issue set assignee = ?, category_id = ?, created_at = ?, first_response_minutes = ?,
                        first_response_due = ?, first_responded_at = ?, first_response_taken = ?, resolution_due = ?,
                        resolved_at = ?, resolution_taken = ?, reopened_count = ? where id = ?""",
                    AGENTS[random.nextInt(AGENTS.length)],
                    CATEGORIES[random.nextInt(CATEGORIES.length)],
                    ts(raised),
                    random.nextInt(12) == 0 ? null : target,
                    ts(firstDue),
                    answered ? ts(raised.plus(Duration.ofMinutes(taken))) : null,
                    answered ? taken : null,
                    ts(resolutionDue),
                    resolved,
                    resolved == null ? null : 100L + random.nextInt(3000),
                    random.nextInt(6) == 0 ? 1 : 0,
                    issue.id());
        }
    }

    @Test
    void everyHandlersFiguresEqualAPlainSqlRecount() {
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        KpiReport report = as.user("kpi-manager", () -> reports.scorecard(KpiPeriod.MONTH, today, SlaGrouping.AGENT));
        Timestamp now = ts(clock.instant());
        Instant monthStart = today.withDayOfMonth(1).atStartOfDay(ZONE).toInstant();
        Instant nextStart =
                today.withDayOfMonth(1).plusMonths(1).atStartOfDay(ZONE).toInstant();
        Instant previousStart =
                today.withDayOfMonth(1).minusMonths(1).atStartOfDay(ZONE).toInstant();
        Map<String, List<Double>> current = recount(now, ts(monthStart), ts(nextStart));
        Map<String, List<Double>> previous = recount(now, ts(previousStart), ts(monthStart));
        assertThat(report.rows()).hasSize(current.size()).hasSizeGreaterThan(2);
        int rank = 0;
        double lastScore = Double.MAX_VALUE;
        for (KpiRow row : report.rows()) {
            List<Double> expected = current.get(row.key());
            assertThat(expected).as(row.key()).isNotNull();
            assertThat((double) row.issues()).as("issues " + row.key()).isEqualTo(expected.get(0));
            assertThat(row.response()).as("response " + row.key()).isCloseTo(expected.get(1), within(1e-6));
            assertThat(row.resolution()).as("resolution " + row.key()).isCloseTo(expected.get(2), within(1e-6));
            assertThat(row.score())
                    .as("score " + row.key())
                    .isCloseTo((expected.get(1) * 50 + expected.get(2) * 30) / 80, within(1e-6));
            assertThat(row.repeatRate()).as("repeats " + row.key()).isCloseTo(expected.get(3), within(1e-6));
            assertThat(row.reopenRate()).as("reopened " + row.key()).isCloseTo(expected.get(4), within(1e-6));
            assertThat((double) row.handlingMedian())
                    .as("handling " + row.key())
                    .isEqualTo(expected.get(5));
            List<Double> before = previous.get(row.key());
            assertThat(before).as("last month's issues of " + row.key()).isNotNull();
            assertThat(row.previousScore())
                    .as("previous " + row.key())
                    .isCloseTo((before.get(1) * 50 + before.get(2) * 30) / 80, within(1e-6));
            assertThat(row.change()).isCloseTo(row.score() - row.previousScore(), within(1e-9));
            assertThat(row.rank()).isEqualTo(++rank);
            assertThat(row.score()).isLessThanOrEqualTo(lastScore);
            lastScore = row.score();
            assertThat(List.of(row.responseWeight(), row.resolutionWeight(), row.satisfactionWeight()))
                    .containsExactly(50.0, 30.0, 20.0);
        }
    }

    /**
     * The scorecard is counted by the database; {@link KpiReports#row} is the per-issue definition the
     * drill-down and the periodic documents use. For every grouping and both periods each row (and the
     * total, and the previous period's score) equals that definition over the issues it opens.
     */
    @Test
    void theDatabaseCountsEqualThePerIssueDefinition() {
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        for (KpiPeriod period : KpiPeriod.values()) {
            for (SlaGrouping grouping : KpiReports.GROUPINGS) {
                KpiReport report = as.user("kpi-manager", () -> reports.scorecard(period, today, grouping));
                assertThat(report.rows()).as(period + " " + grouping).isNotEmpty();
                List<KpiRow> all = new java.util.ArrayList<>(report.rows());
                all.add(report.total());
                for (KpiRow row : all) {
                    boolean total = row == report.total();
                    List<KpiRow.KpiItem> items = as.user("kpi-manager", () -> reports.items(report, row.key(), total));
                    assertThat(items)
                            .as(period + " " + grouping + " " + row.key())
                            .hasSize(row.issues());
                    List<Double> responses = items.stream()
                            .map(KpiRow.KpiItem::responseScore)
                            .filter(KpiFormula::has)
                            .toList();
                    assertThat(row.response())
                            .as("response " + row.key())
                            .isCloseTo(KpiFormula.mean(responses), within(1e-9));
                    long counted = items.stream()
                            .filter(KpiRow.KpiItem::resolutionCounted)
                            .count();
                    long met =
                            items.stream().filter(KpiRow.KpiItem::resolutionMet).count();
                    assertThat(row.resolution())
                            .as("resolution " + row.key())
                            .isEqualTo(KpiFormula.resolution((int) met, (int) counted));
                    assertThat(row.repeatRate())
                            .as("repeats " + row.key())
                            .isCloseTo(
                                    100.0
                                            * items.stream()
                                                    .filter(KpiRow.KpiItem::repeat)
                                                    .count()
                                            / items.size(),
                                    within(1e-9));
                }
            }
        }
    }

    @Test
    void onlyManagersReportAndOnlyTheScorecardsGroupings() {
        LocalDate today = LocalDate.now(clock);
        assertThatThrownBy(
                        () -> as.user("kpi-agent", () -> reports.scorecard(KpiPeriod.MONTH, today, SlaGrouping.AGENT)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        as.user("kpi-manager", () -> reports.scorecard(KpiPeriod.MONTH, today, SlaGrouping.URGENCY)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsExactly("kpi.grouping.unsupported"));
        // another unit's manager sees none of these handlers
        assertThat(as.user("manager", () -> reports.scorecard(KpiPeriod.MONTH, today, SlaGrouping.AGENT))
                        .rows())
                .extracting(KpiRow::key)
                .doesNotContain("kpi-agent-1", "kpi-agent-2", "kpi-agent-3");
        // an agent cannot change the weights, and weights that do not add up are refused
        assertThatThrownBy(() -> as.user("kpi-manager", () -> settings.save(unit, 0, KpiWeights.DEFAULTS)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.user("admin", () -> settings.save(unit, 0, new KpiWeights(50, 30, 30, 300))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsExactly("kpi.settings.weights-sum"));
        assertThat(settings.of(unit).weights()).isEqualTo(new KpiWeights(50, 30, 20, 300));
    }

    /** Per handler: issues, response, resolution, repeat %, reopen %, median handling; straight from the table. */
    private Map<String, List<Double>> recount(Timestamp now, Timestamp from, Timestamp to) {
        Map<String, List<Double>> result = new HashMap<>();
        jdbc.query(
                """
                select coalesce(i.assignee, '') g, count(*) n,
                  avg(case when i.first_response_minutes is null or i.first_response_due is null
                        or (i.first_responded_at is null and i.first_response_due > ?) then null
                      when i.first_responded_at is null then 0e0
                      when i.first_response_taken <= i.first_response_minutes then 100e0
                      when i.first_response_taken >= i.first_response_minutes * 3 then 0e0
                      else 100e0 * (i.first_response_minutes * 3 - i.first_response_taken) / (i.first_response_minutes * 2)
                      end) response,
                  100e0 * sum(case when i.resolved_at <= i.resolution_due then 1 else 0 end)
                    / nullif(sum(case when i.resolved_at is not null or i.resolution_due <= ? then 1 else 0 end), 0) resolution,
                  100e0 * sum(case when exists (select 1 from customer_issue o where o.business_unit_id = i.business_unit_id
                        and o.customer_id = i.customer_id and o.category_id = i.category_id
                        and (o.created_at < i.created_at or (o.created_at = i.created_at and o.id < i.id))
                        and o.created_at >= i.created_at - interval 30 day) then 1 else 0 end) / count(*) repeats,
                  100e0 * sum(case when i.reopened_count > 0 then 1 else 0 end)
                    / nullif(sum(case when i.resolved_at is not null or i.reopened_count > 0 then 1 else 0 end), 0) reopened
                from customer_issue i
                where i.business_unit_id = ? and i.created_at >= ? and i.created_at < ?
                group by coalesce(i.assignee, '')""",
                rs -> {
                    result.put(
                            rs.getString("g"),
                            new java.util.ArrayList<>(List.of(
                                    (double) rs.getInt("n"),
                                    value(rs.getObject("response")),
                                    value(rs.getObject("resolution")),
                                    value(rs.getObject("repeats")),
                                    value(rs.getObject("reopened")),
                                    -1.0)));
                },
                now,
                now,
                unit,
                from,
                to);
        jdbc.query(
                """
                select distinct coalesce(assignee, '') g,
                  percentile_disc(0.5) within group (order by resolution_taken) over (partition by coalesce(assignee, '')) m
                from customer_issue where business_unit_id = ? and created_at >= ? and created_at < ?
                  and resolved_at is not null and resolution_taken is not null""",
                rs -> {
                    result.get(rs.getString("g")).set(5, (double) rs.getLong("m"));
                },
                unit,
                from,
                to);
        return result;
    }

    private static double value(Object number) {
        return number == null ? KpiFormula.NONE : ((Number) number).doubleValue();
    }

    private long unitId() {
        return organization.businessUnits().stream()
                .filter(u -> u.code().equals("KPI-T"))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
