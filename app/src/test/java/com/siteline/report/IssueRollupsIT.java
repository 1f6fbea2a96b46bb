package com.siteline.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.customer.CustomerDetails;
import com.siteline.customer.CustomerDraft;
import com.siteline.customer.CustomerService;
import com.siteline.issue.IssueDetails;
import com.siteline.issue.IssueQueries;
import com.siteline.issue.IssueRollups;
import com.siteline.issue.IssueService;
import com.siteline.issue.NewIssue;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.organization.RunAs;
import com.siteline.organization.Teams;
import com.siteline.report.internal.KpiReport;
import com.siteline.sdk.IssueType;
import com.siteline.sdk.Urgency;
import com.siteline.testsupport.SitelineSpringTest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The counts kept ahead ({@link IssueRollups}) against the per-issue definitions: a unit of its own with six
 * weeks of issues, most of them settled, is rolled; the reports read the kept counts (a tampered kept row shows
 * in them) and still equal the per-issue definitions for every grouping, and the KPI scorecard equals the one
 * counted live. Then issues change (one reopened, one closed, one raised today): until the next roll their days
 * are read live and the figures stay equal; after it, too.
 */
@SitelineSpringTest
class IssueRollupsIT {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String[] AGENTS = {"roll-agent-1", "roll-agent-2", null};
    private static final String[] CATEGORIES = {"quality-acceptance", "payment", "service-attitude"};

    @Autowired
    SlaReports sla;

    @Autowired
    KpiReports kpi;

    @Autowired
    IssueRollups rollups;

    @Autowired
    IssueQueries issueQueries;

    @Autowired
    Teams teams;

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

    @Test
    void keptCountsAddUpToThePerIssueDefinitionsBeforeAndAfterChanges() {
        as.system(() -> organization.createBusinessUnit("ROLL-T", "预计数测试部", List.of("home-decoration")));
        as.system(() -> organization.createUser(
                "roll-manager", "经理 预计", "manager-pass-2026", Set.of(Role.MANAGER), List.of("ROLL-T")));
        long unit = jdbc.queryForObject("select id from business_unit where code = 'ROLL-T'", Long.class);
        Random random = new Random(20261203);
        Instant now = clock.instant();
        List<CustomerDetails> owners = List.of(
                as.user(
                        "roll-manager",
                        () -> customers.create(
                                CustomerDraft.of(unit, "预计客户甲", "1394444" + (System.nanoTime() % 10_000)))),
                as.user(
                        "roll-manager",
                        () -> customers.create(
                                CustomerDraft.of(unit, "预计客户乙", "1393333" + (System.nanoTime() % 10_000)))));
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            CustomerDetails customer = owners.get(random.nextInt(owners.size()));
            IssueDetails issue = as.user(
                    "roll-manager",
                    () -> issues.create(new NewIssue(
                            customer.id(),
                            null,
                            "预计问题",
                            null,
                            IssueType.COMPLAINT,
                            "quality-acceptance",
                            Urgency.NORMAL)));
            ids.add(issue.id());
            Instant raised = now.minus(Duration.ofMinutes(60 + random.nextInt(42 * 24 * 60)));
            long target = 30 + random.nextInt(120);
            boolean settled = random.nextInt(4) != 0;
            Instant firstDue = raised.plus(Duration.ofMinutes(target));
            Instant resolutionDue = raised.plus(Duration.ofDays(2));
            boolean answered = settled || random.nextBoolean();
            long taken = random.nextInt((int) target * 3) + 1;
            Instant resolved = settled ? raised.plus(Duration.ofHours(6 + random.nextInt(90))) : null;
            jdbc.update(
                    """
                    update customer_issue set assignee = ?, category_id = ?, created_at = ?, status = ?, open_issue = ?,
                        first_response_minutes = ?, first_response_due = ?, first_responded_at = ?,
                        first_response_taken = ?, resolution_due = ?, resolved_at = ?, resolution_taken = ?,
                        reopened_count = ?, next_update_counted = ?, next_update_met = ? where id = ?""",
                    AGENTS[random.nextInt(AGENTS.length)],
                    CATEGORIES[random.nextInt(CATEGORIES.length)],
                    ts(raised),
                    settled ? "CLOSED" : "IN_PROGRESS",
                    !settled,
                    target,
                    ts(firstDue),
                    answered ? ts(raised.plus(Duration.ofMinutes(taken))) : null,
                    answered ? taken : null,
                    ts(resolutionDue),
                    ts(resolved),
                    resolved == null ? null : 60L + random.nextInt(4000),
                    random.nextInt(8) == 0 ? 1 : 0,
                    2,
                    random.nextInt(3),
                    issue.id());
        }
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        KpiReport liveKpi = as.user("roll-manager", () -> kpi.scorecard(KpiPeriod.MONTH, today, SlaGrouping.AGENT));

        rolledAnHourAgo();
        assertThat(jdbc.queryForObject(
                        "select count(*) from issue_day_tally where business_unit_id = ?", Integer.class, unit))
                .isPositive();
        assertThat(jdbc.queryForObject(
                        "select sum(issues) from issue_day_tally where business_unit_id = ? and dim = 'UNIT'",
                        Integer.class,
                        unit))
                .isEqualTo(jdbc.queryForObject(
                        "select count(*) from customer_issue where business_unit_id = ? and settled = true",
                        Integer.class,
                        unit));
        everyGroupEqualsThePerIssueDefinition(today);
        assertThat(as.user("roll-manager", () -> kpi.scorecard(KpiPeriod.MONTH, today, SlaGrouping.AGENT)))
                .isEqualTo(liveKpi);
        // the report reads the kept counts: a tampered one shows
        int before = as.user("roll-manager", () -> sla.report(today.minusDays(45), today, SlaGrouping.UNIT))
                .total()
                .issues();
        jdbc.update(
                "update issue_day_tally set issues = issues + 1000 where business_unit_id = ? and dim = 'UNIT'"
                        + " and tally_day = (select min(tally_day) from (select tally_day from issue_day_tally"
                        + " where business_unit_id = ?) d)",
                unit,
                unit);
        assertThat(as.user("roll-manager", () -> sla.report(today.minusDays(45), today, SlaGrouping.UNIT))
                        .total()
                        .issues())
                .isEqualTo(before + 1000);
        jdbc.update(
                "update issue_day_tally set issues = issues - 1000 where business_unit_id = ? and issues > 1000", unit);

        // changes after the roll: a settled issue reopened, an open one closed, a new one raised
        Long closed = jdbc.queryForObject(
                "select min(id) from customer_issue where business_unit_id = ? and settled = true", Long.class, unit);
        jdbc.update(
                "update customer_issue set open_issue = true, status = 'IN_PROGRESS', resolved_at = null,"
                        + " resolution_taken = null, reopened_count = 1 where id = ?",
                closed);
        Long open = jdbc.queryForObject(
                "select min(id) from customer_issue where business_unit_id = ? and settled = false"
                        + " and first_responded_at is not null",
                Long.class,
                unit);
        jdbc.update(
                "update customer_issue set open_issue = false, status = 'CLOSED', resolved_at = ?,"
                        + " resolution_taken = 500 where id = ?",
                ts(now.minus(Duration.ofMinutes(5))),
                open);
        as.user(
                "roll-manager",
                () -> issues.create(new NewIssue(
                        owners.getFirst().id(),
                        null,
                        "预计新问题",
                        null,
                        IssueType.COMPLAINT,
                        "quality-acceptance",
                        Urgency.URGENT)));
        everyGroupEqualsThePerIssueDefinition(today);
        KpiReport changed = as.user("roll-manager", () -> kpi.scorecard(KpiPeriod.MONTH, today, SlaGrouping.AGENT));
        rolledAnHourAgo();
        everyGroupEqualsThePerIssueDefinition(today);
        assertThat(as.user("roll-manager", () -> kpi.scorecard(KpiPeriod.MONTH, today, SlaGrouping.AGENT)))
                .isEqualTo(changed);
        assertThat(ids).hasSize(120);
    }

    /** Two rolls at once (two nodes, or a roll by hand during the timer's): one waits for the other, both succeed. */
    @Test
    void twoRollsAtOnceTakeTurns() throws Exception {
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Future<IssueRollups.Rolled> all = two.submit(rollups::rollAll);
            java.util.concurrent.Future<IssueRollups.Rolled> changed = two.submit(rollups::roll);
            assertThat(all.get(60, java.util.concurrent.TimeUnit.SECONDS).unitDays())
                    .isPositive();
            assertThat(changed.get(60, java.util.concurrent.TimeUnit.SECONDS).mark())
                    .isNotNull();
        } finally {
            two.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select sum(issues) from issue_day_tally where dim = 'UNIT'", Integer.class))
                .isEqualTo(
                        jdbc.queryForObject("select count(*) from customer_issue where settled = true", Integer.class));
    }

    /**
     * Rolls (counting again the days changed since the last roll), then makes every write so far an hour old and
     * rolls again, so that the kept counts cover them all (a roll trusts only writes older than its margin).
     */
    private void rolledAnHourAgo() {
        rollups.roll();
        jdbc.update(
                "update customer_issue set changed_at = ? where changed_at > ?",
                ts(Instant.now().minus(Duration.ofHours(1))),
                ts(Instant.now().minus(Duration.ofHours(1))));
        rollups.roll();
    }

    private void everyGroupEqualsThePerIssueDefinition(LocalDate today) {
        SlaDefinitionChecks checks = new SlaDefinitionChecks(as, "roll-manager", sla, issueQueries, teams, clock, ZONE);
        checks.everyGroupEqualsTheDefinition(today.minusDays(45), today);
        checks.weeksEqualTheirReports(6);
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
