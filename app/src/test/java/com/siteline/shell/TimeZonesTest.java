package com.siteline.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.base.grid.ColumnFilter;
import com.siteline.base.grid.GridQuery;
import com.siteline.customer.CustomerDetails;
import com.siteline.customer.CustomerDraft;
import com.siteline.customer.CustomerService;
import com.siteline.issue.IssueDetails;
import com.siteline.issue.IssueQueries;
import com.siteline.issue.IssueService;
import com.siteline.issue.NewIssue;
import com.siteline.issue.ui.InboxView;
import com.siteline.job.JobSummary;
import com.siteline.job.Jobs;
import com.siteline.organization.BusinessUnitSummary;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.organization.RunAs;
import com.siteline.project.NewProject;
import com.siteline.project.ProjectService;
import com.siteline.project.ProjectTeam;
import com.siteline.sdk.IssueType;
import com.siteline.sdk.Urgency;
import com.siteline.sla.BusinessHours;
import com.siteline.sla.CalendarService;
import com.siteline.sla.ResponseRule;
import com.siteline.sla.ResponseRuleService;
import com.siteline.sla.RuleMatch;
import com.siteline.sla.UserZones;
import com.siteline.sla.ui.ResponseTimesView;
import com.siteline.testsupport.SitelineSpringTest;
import com.siteline.testsupport.WorkspaceFixture;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Times are shown in one well-defined zone: the user's, which is the calendar zone of their first
 * business unit. An agent of a unit that works on Urumqi time (UTC+6, two hours behind Shanghai) sees
 * an issue's times in Urumqi time, and "created today" means today in Urumqi.
 */
@SitelineSpringTest
@WithUserDetails(value = "tz-agent", setupBefore = TestExecutionEvent.TEST_EXECUTION)
class TimeZonesTest extends SpringBrowserlessTest {

    static final ZoneId URUMQI = ZoneId.of("Asia/Urumqi");
    static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Autowired
    OrganizationService organization;

    @Autowired
    CalendarService calendars;

    @Autowired
    UserZones zones;

    @Autowired
    RunAs as;

    @Autowired
    WorkspaceFixture fixture;

    @Autowired
    IssueQueries queries;

    @Autowired
    ResponseRuleService rules;

    @Autowired
    CustomerService customers;

    @Autowired
    IssueService issues;

    @Autowired
    ProjectService projects;

    @Autowired
    Jobs jobs;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    /** The property unit works on Urumqi time for this test; its own hours come back afterwards. */
    @BeforeEach
    void aUnitOnUrumqiTime() {
        long unit = fixture.unit("BJ-PROPERTY");
        if (!organization.userExists("tz-agent")) {
            as.system(() -> organization.createUser(
                    "tz-agent", "物业客服 阿依古丽", "siteline-tz", Set.of(Role.AGENT), List.of("BJ-PROPERTY")));
        }
        BusinessHours hours = calendars.hours(unit);
        as.system(() -> calendars.saveHours(
                unit,
                new BusinessHours(
                        URUMQI,
                        hours.morningStart(),
                        hours.morningEnd(),
                        hours.afternoonStart(),
                        hours.afternoonEnd(),
                        hours.saturdayWorks(),
                        hours.version())));
    }

    @AfterEach
    void backToShanghai() {
        long unit = fixture.unit("BJ-PROPERTY");
        BusinessHours hours = calendars.hours(unit);
        as.system(() -> calendars.saveHours(
                unit,
                new BusinessHours(
                        ZoneId.of("Asia/Shanghai"),
                        hours.morningStart(),
                        hours.morningEnd(),
                        hours.afternoonStart(),
                        hours.afternoonEnd(),
                        hours.saturdayWorks(),
                        hours.version())));
    }

    /** A repair's warranty runs to the unit's own date: completed at 00:30 in Shanghai is the day before in Urumqi. */
    @Test
    void aRepairsWarrantyRunsToTheUnitsOwnDate() {
        long unit = fixture.unit("BJ-PROPERTY");
        String marker = WorkspaceFixture.marker();
        CustomerDetails owner = as.user(
                "manager",
                () -> customers.create(
                        CustomerDraft.of(unit, "保修" + marker, "1398" + (1_000_000 + (System.nanoTime() % 8_999_999)))));
        long projectId = as.user(
                        "manager",
                        () -> projects.create(new NewProject(
                                "保修 " + marker,
                                owner.name(),
                                "滨江花园",
                                unit,
                                "property-management",
                                owner.id(),
                                ProjectTeam.none())))
                .id();
        java.sql.Timestamp completed = java.sql.Timestamp.from(java.time.LocalDateTime.of(2026, 1, 2, 0, 30)
                .atZone(ZoneId.of("Asia/Shanghai"))
                .toInstant());
        jdbc.update("update project set completed_at = ?, closed_at = ? where id = ?", completed, completed, projectId);
        IssueDetails leak = as.user(
                "manager",
                () -> issues.create(new NewIssue(
                        owner.id(),
                        projectId,
                        "阳台漏水 " + marker,
                        null,
                        IssueType.REPAIR_REQUEST,
                        null,
                        Urgency.NORMAL)));
        JobSummary job = as.user("manager", () -> jobs.create(leak.id()));
        // the host's default warranty of two years, from 2026-01-01 on the unit's calendar
        assertThat(job.warrantyUntil()).isEqualTo(LocalDate.of(2028, 1, 1));
    }

    @Test
    void anAgentOfAUnitOnUrumqiTimeSeesItsTimesThere() {
        assertThat(zones.zoneOf("tz-agent")).isEqualTo(URUMQI);
        assertThat(zones.zoneOf("agent")).isEqualTo(ZoneId.of("Asia/Shanghai"));
        String marker = WorkspaceFixture.marker();
        CustomerDetails customer = customers.create(CustomerDraft.of(
                fixture.unit("BJ-PROPERTY"), "业主" + marker, "1399" + (1_000_000 + (System.nanoTime() % 8_999_999))));
        IssueDetails issue = issues.create(new NewIssue(
                customer.id(), null, marker + " 暖气不热", null, IssueType.REPAIR_REQUEST, null, Urgency.NORMAL));

        navigate(InboxView.class);
        test($(TextField.class).id("issues-search")).setValue(marker);
        @SuppressWarnings("unchecked")
        Grid<IssueDetails> grid = $(Grid.class).id("issues-grid");
        assertThat(test(grid).size()).isEqualTo(1);
        int created = grid.getColumns().stream()
                .filter(Grid.Column::isVisible)
                .toList()
                .indexOf(grid.getColumnByKey("created"));
        String shown = test(grid).getCellText(0, created);
        assertThat(shown)
                .isEqualTo(MINUTE.format(issue.createdAt().atZone(URUMQI)))
                .isNotEqualTo(MINUTE.format(issue.createdAt().atZone(ZoneId.of("Asia/Shanghai"))));

        // "created on a day" is that day in the user's zone
        LocalDate day = issue.createdAt().atZone(URUMQI).toLocalDate();
        GridQuery mine = GridQuery.empty().withSearch(marker);
        assertThat(queries.count(mine.withFilter("created", new ColumnFilter.DateRange(day, day))))
                .isEqualTo(1);
        assertThat(queries.count(mine.withFilter("created", new ColumnFilter.DateRange(day.plusDays(1), null))))
                .isZero();
    }

    @Test
    @WithUserDetails("admin")
    @SuppressWarnings("unchecked")
    void theRuleTesterReadsAndShowsTimesInTheUnitsOwnZone() {
        long unit = fixture.unit("BJ-PROPERTY");
        java.time.LocalDateTime tenOClock = java.time.LocalDateTime.parse("2026-11-24T10:00");
        ResponseRule rule = rules.rules("property-management").stream()
                .filter(r -> r.issueType() != null && r.urgency() != null)
                .findFirst()
                .orElseThrow();
        RuleMatch expected = rules.test(
                        "property-management",
                        rules.rules("property-management"),
                        new ResponseRule.IssueFacts(rule.issueType(), rule.categoryId(), rule.urgency(), null, null),
                        tenOClock.atZone(URUMQI).toInstant(),
                        unit)
                .orElseThrow();

        navigate(ResponseTimesView.class);
        $(com.vaadin.flow.component.select.Select.class).id("rules-plugin").setValue("property-management");
        $(com.vaadin.flow.component.select.Select.class).id("test-type").setValue(rule.issueType());
        $(com.vaadin.flow.component.select.Select.class).id("test-urgency").setValue(rule.urgency());
        if (rule.categoryId() != null) {
            $(com.vaadin.flow.component.combobox.ComboBox.class)
                    .id("test-category")
                    .setValue(rule.categoryId());
        }
        ((com.vaadin.flow.component.combobox.ComboBox<BusinessUnitSummary>)
                        $(com.vaadin.flow.component.combobox.ComboBox.class).id("test-unit"))
                .setValue(organization.businessUnits().stream()
                        .filter(u -> u.id() == unit)
                        .findFirst()
                        .orElseThrow());
        $(com.vaadin.flow.component.datetimepicker.DateTimePicker.class)
                .id("test-raised")
                .setValue(tenOClock);
        test($(com.vaadin.flow.component.button.Button.class).id("run-tester")).click();

        // 10:00 is 10:00 in Urumqi, and the deadline reads in Urumqi time (the admin's own zone is Shanghai's)
        assertThat($(com.vaadin.flow.component.html.Div.class)
                        .id("tester-result")
                        .getElement()
                        .getTextRecursively())
                .contains(MINUTE.format(expected.firstResponse().atZone(URUMQI)));
    }
}
