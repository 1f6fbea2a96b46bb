package com.siteline.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siteline.base.InvalidInputException;
import com.siteline.customer.CustomerDetails;
import com.siteline.customer.CustomerDraft;
import com.siteline.customer.CustomerService;
import com.siteline.issue.IssueDetails;
import com.siteline.issue.IssueQueries;
import com.siteline.issue.IssueService;
import com.siteline.issue.IssueTallies;
import com.siteline.issue.NewIssue;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.organization.RunAs;
import com.siteline.organization.Teams;
import com.siteline.report.internal.SlaRow;
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
 * The response-time report against a plain SQL recount: a unit of its own gets seeded, generated issues
 * whose deadlines were kept early, kept late, missed or are not due yet, and every group's figures must
 * equal what the SQL below (independent of the report code) counts.
 */
@SitelineSpringTest
class SlaReportIT {

    private static final String[] AGENTS = {"sla-agent-1", "sla-agent-2", null};

    @Autowired
    SlaReports reports;

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

    @Autowired
    IssueQueries issueQueries;

    @Autowired
    Teams teams;

    @Autowired
    IssueTallies tallies;

    @Autowired
    com.siteline.issue.IssueRollups rollups;

    long unit;

    @BeforeEach
    void aUnitOfItsOwnWithGeneratedIssues() {
        if (organization.businessUnitExists("SLA-T")) {
            unit = unitId();
            return;
        }
        as.system(() -> organization.createBusinessUnit("SLA-T", "时效报表测试部", List.of("home-decoration")));
        as.system(() -> organization.createUser(
                "sla-manager", "经理 时效", "manager-pass-2026", Set.of(Role.MANAGER), List.of("SLA-T")));
        as.system(() ->
                organization.createUser("sla-agent", "客服 时效", "agent-pass-2026", Set.of(Role.AGENT), List.of("SLA-T")));
        unit = unitId();
        Random random = new Random(20261130);
        Instant now = clock.instant();
        CustomerDetails person =
                customer("时效客户", "1397777" + (System.nanoTime() % 10_000), com.siteline.sla.CustomerType.INDIVIDUAL);
        // a second customer, an enterprise, so the report's groups by customer type have two
        CustomerDetails firm =
                customer("时效企业", "1397778" + (System.nanoTime() % 10_000), com.siteline.sla.CustomerType.ORGANISATION);
        for (int i = 0; i < 60; i++) {
            Urgency urgency = Urgency.values()[random.nextInt(Urgency.values().length)];
            CustomerDetails customer = i % 3 == 0 ? firm : person;
            IssueDetails issue = as.user(
                    "sla-manager",
                    () -> issues.create(new NewIssue(
                            customer.id(), null, "时效问题", null, IssueType.COMPLAINT, "quality-acceptance", urgency)));
            // due two days ago or in two days; kept a day early, a day late, or not at all
            Instant firstDue = now.plus(Duration.ofDays(random.nextBoolean() ? -2 : 2));
            Instant resolutionDue = now.plus(Duration.ofDays(random.nextBoolean() ? -2 : 2));
            // next updates kept or missed before, one running (overdue or not) or none; minutes taken or none
            int updates = random.nextInt(4);
            Timestamp resolved = kept(random, resolutionDue);
            jdbc.update(
                    """
                    update customer_issue set assignee = ?, first_response_due = ?, first_responded_at = ?,
                        resolution_due = ?, resolved_at = ?, next_update_counted = ?, next_update_met = ?,
                        next_update_due = ?, first_response_taken = ?, resolution_taken = ? where id = ?""",
                    AGENTS[random.nextInt(AGENTS.length)],
                    random.nextInt(10) == 0 ? null : ts(firstDue),
                    kept(random, firstDue),
                    ts(resolutionDue),
                    resolved,
                    updates,
                    random.nextInt(updates + 1),
                    random.nextInt(3) == 0 ? null : ts(now.plus(Duration.ofHours(random.nextBoolean() ? -3 : 3))),
                    random.nextInt(5) == 0 ? null : 1L + random.nextInt(600),
                    resolved == null ? null : 60L + random.nextInt(5000),
                    issue.id());
        }
    }

    @Test
    void everyGroupEqualsAPlainSqlRecount() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
        Timestamp now = ts(clock.instant());
        for (SlaGrouping grouping :
                List.of(SlaGrouping.UNIT, SlaGrouping.AGENT, SlaGrouping.URGENCY, SlaGrouping.CUSTOMER_TYPE)) {
            List<SlaRow> rows =
                    as.user("sla-manager", () -> reports.compliance(today.minusDays(1), today.plusDays(1), grouping));
            String column = switch (grouping) {
                case AGENT -> "coalesce(assignee, '')";
                case URGENCY -> "urgency";
                // the customer's type read from the customer, not the copy the issue keeps
                case CUSTOMER_TYPE -> "(select c.customer_type from customer c where c.id = customer_id)";
                default -> "cast(business_unit_id as char)";
            };
            Map<String, List<Integer>> recount = new HashMap<>();
            jdbc.query(
                    "select " + column + " g, count(*) n,"
                            + " sum(case when first_response_due is not null and (first_responded_at is not null"
                            + "   or first_response_due <= ?) then 1 else 0 end) frc,"
                            + " sum(case when first_responded_at <= first_response_due then 1 else 0 end) frm,"
                            + " sum(case when resolution_due is not null and (resolved_at is not null"
                            + "   or resolution_due <= ?) then 1 else 0 end) rc,"
                            + " sum(case when resolved_at <= resolution_due then 1 else 0 end) rm,"
                            + " sum(case when (first_response_due is not null and (first_responded_at > first_response_due"
                            + "   or (first_responded_at is null and first_response_due <= ?)))"
                            + "   or (resolution_due is not null and (resolved_at > resolution_due"
                            + "   or (resolved_at is null and resolution_due <= ?)))"
                            + "   or next_update_met < next_update_counted"
                            + "   or (resolved_at is null and next_update_due <= ?) then 1 else 0 end) b,"
                            + " sum(next_update_counted + case when resolved_at is null and next_update_due <= ? then 1 else 0"
                            + "   end) nuc,"
                            + " sum(next_update_met) num"
                            + " from customer_issue where business_unit_id = ? group by " + column,
                    rs -> {
                        recount.put(
                                rs.getString("g"),
                                new java.util.ArrayList<>(List.of(
                                        rs.getInt("n"),
                                        rs.getInt("frc"),
                                        rs.getInt("frm"),
                                        rs.getInt("nuc"),
                                        rs.getInt("num"),
                                        rs.getInt("rc"),
                                        rs.getInt("rm"),
                                        rs.getInt("b"))));
                    },
                    now,
                    now,
                    now,
                    now,
                    now,
                    now,
                    unit);
            // nearest-rank percentiles, as SQL's percentile_disc computes them
            Map<String, List<Long>> times = new HashMap<>();
            for (String measure : List.of("first_response_taken", "resolution_taken")) {
                String only = measure.startsWith("resolution") ? " and resolved_at is not null" : "";
                jdbc.query(
                        "select distinct " + column + " g,"
                                + " percentile_disc(0.5) within group (order by " + measure + ") over (partition by "
                                + column + ") m,"
                                + " percentile_disc(0.9) within group (order by " + measure + ") over (partition by "
                                + column + ") p"
                                + " from customer_issue where business_unit_id = ? and " + measure + " is not null"
                                + only,
                        rs -> {
                            List<Long> list = times.computeIfAbsent(
                                    rs.getString("g"), g -> new java.util.ArrayList<>(List.of(-1L, -1L, -1L, -1L)));
                            int at = measure.startsWith("first") ? 0 : 2;
                            list.set(at, rs.getLong("m"));
                            list.set(at + 1, rs.getLong("p"));
                        },
                        unit);
            }
            assertThat(recount).as(grouping.name()).isNotEmpty();
            assertThat(rows).as(grouping.name()).hasSize(recount.size());
            for (SlaRow row : rows) {
                assertThat(List.of(
                                row.issues(),
                                row.firstResponseCounted(),
                                row.firstResponseMet(),
                                row.nextUpdateCounted(),
                                row.nextUpdateMet(),
                                row.resolutionCounted(),
                                row.resolutionMet(),
                                row.breached().size()))
                        .as(grouping + " " + row.key())
                        .isEqualTo(recount.get(row.key()));
                assertThat(List.of(
                                row.firstResponseMedian(),
                                row.firstResponseP90(),
                                row.resolutionMedian(),
                                row.resolutionP90()))
                        .as(grouping + " times " + row.key())
                        .isEqualTo(times.getOrDefault(row.key(), List.of(-1L, -1L, -1L, -1L)));
            }
        }
    }

    /**
     * The report is counted by the database; {@link SlaReports#row} is the per-issue definition the periodic
     * documents use. For every grouping, each group (counts, minutes, the breached issues) equals that
     * definition applied to the issues' facts, and each weekly bar equals its week's report.
     */
    @Test
    void theDatabaseCountsEqualThePerIssueDefinition() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
        SlaDefinitionChecks checks = new SlaDefinitionChecks(
                as, "sla-manager", reports, issueQueries, teams, clock, ZoneId.of("Asia/Shanghai"));
        checks.everyGroupEqualsTheDefinition(today.minusDays(1), today.plusDays(1));
        // the last three weeks: this one holds the generated issues
        assertThat(checks.weeksEqualTheirReports(3).stream()
                        .mapToInt(SlaRow::issues)
                        .sum())
                .isPositive();
    }

    @Test
    void onlyManagersOfTheUnitReportAndAPeriodMustMakeSense() {
        LocalDate today = LocalDate.now(clock);
        assertThatThrownBy(() -> as.user("sla-agent", () -> reports.compliance(today, today, SlaGrouping.UNIT)))
                .isInstanceOf(AccessDeniedException.class);
        // nor the database counts behind the report; their own overview's open issues, yes
        assertThatThrownBy(() -> as.user(
                        "sla-agent",
                        () -> tallies.sla(
                                clock.instant().minusSeconds(86_400),
                                clock.instant(),
                                IssueTallies.By.UNIT,
                                clock.instant())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as.user("sla-agent", () -> tallies.open("sla-agent", clock.instant(), List.of(today))))
                .isNotNull();
        // another unit's manager sees none of these issues
        assertThat(as.user(
                        "manager", () -> reports.compliance(today.minusDays(1), today.plusDays(1), SlaGrouping.UNIT)))
                .extracting(SlaRow::key)
                .doesNotContain(String.valueOf(unit));
        assertThatThrownBy(() ->
                        as.user("sla-manager", () -> reports.compliance(today, today.minusDays(1), SlaGrouping.UNIT)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsExactly("report.period.reversed"));
        assertThatThrownBy(() ->
                        as.user("sla-manager", () -> reports.compliance(today.minusYears(2), today, SlaGrouping.UNIT)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsExactly("report.period.too-long"));
    }

    /**
     * A customer's type is a grouping of the report: their closed issues counted ahead (rolled) under
     * "government" move with them when the type is corrected, as a recount by the customer's current type says.
     */
    @Test
    void aCorrectedCustomerTypeMovesTheirIssuesInTheReportAlsoWhenCountedAhead() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
        CustomerDetails office =
                customer("时效街道办", "1397779" + (System.nanoTime() % 10_000), com.siteline.sla.CustomerType.GOVERNMENT);
        for (int i = 0; i < 2; i++) {
            IssueDetails issue = as.user(
                    "sla-manager",
                    () -> issues.create(new NewIssue(
                            office.id(), null, "街道问题", null, IssueType.ENQUIRY, "quality-acceptance", Urgency.NORMAL)));
            // closed with nothing running: settled, so a roll keeps its counts
            jdbc.update(
                    "update customer_issue set status = 'CLOSED', open_issue = false, first_response_due = null,"
                            + " resolution_due = null, next_update_due = null where id = ?",
                    issue.id());
        }
        java.util.function.Supplier<Map<String, Integer>> report = () -> as
                .user(
                        "sla-manager",
                        () -> reports.compliance(today.minusDays(1), today.plusDays(1), SlaGrouping.CUSTOMER_TYPE))
                .stream()
                .collect(java.util.stream.Collectors.toMap(SlaRow::key, SlaRow::issues));
        java.util.function.Supplier<Map<String, Integer>> recount = () -> {
            Map<String, Integer> counts = new HashMap<>();
            jdbc.query(
                    "select c.customer_type, count(*) from customer_issue i join customer c on c.id = i.customer_id"
                            + " where i.business_unit_id = ? group by c.customer_type",
                    rs -> {
                        counts.put(rs.getString(1), rs.getInt(2));
                    },
                    unit);
            return counts;
        };
        rollups.rollAll();
        assertThat(report.get()).isEqualTo(recount.get()).containsEntry("GOVERNMENT", 2);
        as.user("sla-manager", () -> {
            CustomerDetails current = customers.get(office.id());
            CustomerDraft draft = current.toDraft();
            return customers.update(
                    office.id(),
                    current.version(),
                    new CustomerDraft(
                            draft.businessUnitId(),
                            draft.name(),
                            draft.phone(),
                            draft.phone2(),
                            draft.wechatId(),
                            draft.email(),
                            draft.address(),
                            draft.tier(),
                            com.siteline.sla.CustomerType.ORGANISATION,
                            draft.tags(),
                            draft.preferredChannel(),
                            draft.specialRequirements(),
                            draft.notes()));
        });
        assertThat(report.get()).isEqualTo(recount.get()).doesNotContainKey("GOVERNMENT");
        rollups.roll();
        assertThat(report.get()).isEqualTo(recount.get()).doesNotContainKey("GOVERNMENT");
    }

    private CustomerDetails customer(String name, String phone, com.siteline.sla.CustomerType type) {
        return as.user(
                "sla-manager",
                () -> customers.create(new CustomerDraft(
                        unit,
                        name,
                        phone,
                        null,
                        null,
                        null,
                        null,
                        com.siteline.sla.CustomerTier.STANDARD,
                        type,
                        Set.of(),
                        com.siteline.customer.Channel.PHONE,
                        null,
                        null)));
    }

    private long unitId() {
        return organization.businessUnits().stream()
                .filter(u -> u.code().equals("SLA-T"))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private static Timestamp kept(Random random, Instant due) {
        return switch (random.nextInt(3)) {
            case 0 -> ts(due.minus(Duration.ofDays(1)));
            case 1 -> ts(due.plus(Duration.ofDays(1)));
            default -> null;
        };
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
