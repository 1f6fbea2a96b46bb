package com.siteline;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.organization.OrganizationService;
import com.siteline.plugin.PluginHost;
import com.siteline.plugin.PluginStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one test on H2: the quick start's embedded default (H2 file, MariaDB mode) migrates and
 * boots with demo data and all three plugins.
 */
@SpringBootTest(properties = {
        "siteline.test.embedded=true",
        "spring.datasource.username=sa",
        "spring.datasource.password="})
@ActiveProfiles("demo")
class QuickStartBootIT {

    /** A new H2 file per run, as on a fresh clone. */
    @DynamicPropertySource
    static void freshEmbeddedDatabase(DynamicPropertyRegistry registry) throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("siteline-quickstart");
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + dir.resolve("siteline")
                + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    com.siteline.organization.RunAs as;
    @Autowired
    OrganizationService organization;
    @Autowired
    PluginHost plugins;
    @Autowired
    com.siteline.search.SearchService search;
    @Autowired
    com.siteline.issue.IssueRollups rollups;
    @Autowired
    com.siteline.report.SlaReports sla;

    @Test
    void bootsOnEmbeddedH2WithDemoDataAndAllPlugins() {
        assertThat(jdbc.queryForObject("select h2version()", String.class)).isNotBlank();
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class))
                .isGreaterThanOrEqualTo(1);
        for (String user : new String[] {"admin", "manager", "agent", "pm"}) {
            assertThat(organization.userExists(user)).as(user).isTrue();
        }
        assertThat(organization.businessUnits()).hasSize(3);
        assertThat(plugins.statuses()).extracting(PluginStatus::state).containsOnly(PluginStatus.State.STARTED).hasSize(3);
        assertThat(jdbc.queryForObject("select count(*) from project", Integer.class)).as("demo projects").isEqualTo(10);
        // after-sales lived in on the embedded database too
        assertThat(jdbc.queryForObject("select count(*) from survey_request where state = 'ANSWERED'", Integer.class))
                .as("answered surveys").isGreaterThan(10);
        assertThat(jdbc.queryForObject("select count(*) from survey_request where rating <= 2 and poor_followed_at is not null",
                Integer.class)).as("poor ratings followed up").isPositive();
        // the running campaign and three finished ones to compare it with
        assertThat(jdbc.queryForObject("select count(*) from survey_campaign", Integer.class)).as("campaigns").isEqualTo(4);
        assertThat(jdbc.queryForObject("select count(distinct state) from holiday_greeting", Integer.class))
                .as("greetings sent, called and waiting").isGreaterThanOrEqualTo(3);
        assertThat(jdbc.queryForObject("select count(distinct state) from return_visit", Integer.class))
                .as("return visits done and due").isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(distinct state) from repair_job", Integer.class))
                .as("jobs requested, dispatched, completed, confirmed").isEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from obligation_task where state = 'DONE' and fulfilled_by = 'DOCUMENT'",
                Integer.class)).as("obligations done by published documents").isPositive();
        assertThat(jdbc.queryForObject("select count(*) from customer_message", Integer.class)).as("outbox").isPositive();
        // the portal lived-in: a project of each variant with shared photos, signed and waiting confirmations, a
        // change order to confirm, weekly reports, the invitations in the outbox
        assertThat(jdbc.queryForList("select distinct p.variant_id from portal_shared_photo s join project p on p.id = s.project_id",
                String.class)).as("shared photos per variant")
                .containsExactlyInAnyOrder("home-decoration", "exterior-painting", "property-management");
        assertThat(jdbc.queryForObject("select count(*) from portal_confirmation where state = 'CONFIRMED' and kind = 'INSPECTION'",
                Integer.class)).as("signed in the portal").isEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from portal_confirmation where state = 'PENDING' and kind = 'INSPECTION'",
                Integer.class)).as("waiting to be signed").isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from portal_confirmation where state = 'PENDING' and kind = 'CHANGE_ORDER'",
                Integer.class)).as("change order to confirm").isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from portal_report", Integer.class)).as("weekly reports").isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from portal_shared_entry", Integer.class)).as("shared log entries")
                .isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from customer_issue where channel = 'portal'", Integer.class))
                .as("raised in the portal").isEqualTo(1);
        assertThat(jdbc.queryForList("select distinct kind from customer_message", String.class))
                .contains("PORTAL_INVITE", "PORTAL_CODE", "PORTAL_CONFIRM", "PORTAL_REPORT");
        assertThat(jdbc.queryForObject("select count(*) from calendar_day", Integer.class)).as("2026 holidays").isEqualTo(39);
        // the index was built at start: the README's words find the demo's records
        var leak = as.user("agent", () -> search.search("渗水", 5));
        assertThat(leak.groups()).extracting(com.siteline.search.SearchGroup::kind).contains("issue");
        var phone = as.user("agent", () -> search.search("4567", 5));
        assertThat(phone.hits()).anySatisfy(hit -> assertThat(hit.title().stream()
                .map(com.siteline.search.SearchText.Segment::text).reduce("", String::concat)).isEqualTo("王建国"));
        assertThat(as.user("agent", () -> search.search("\"闭水试验\"", 5)).total()).isPositive();
        // what customers wrote in their surveys, written by the demo in plain SQL, is found too (built whole at start)
        assertThat(as.user("manager", () -> search.search("修补后又出现同样问题", 5)).groups())
                .extracting(com.siteline.search.SearchGroup::kind).contains("survey");
        // the counts kept ahead are made on H2 too (its own V40_1), and add up to the settled issues; with the
        // demo's writes a day old, the report reads them
        jdbc.update("update customer_issue set changed_at = ?", java.sql.Timestamp.from(java.time.Instant.now()
                .minus(java.time.Duration.ofDays(1))));
        rollups.rollAll();
        assertThat(jdbc.queryForObject("select coalesce(sum(issues), 0) from issue_day_tally where dim = 'UNIT'",
                Integer.class)).as("kept counts").isPositive().isEqualTo(jdbc.queryForObject(
                        "select count(*) from customer_issue where settled = true", Integer.class));
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        assertThat(as.user("manager", () -> sla.report(today.minusDays(200), today,
                com.siteline.report.SlaGrouping.UNIT)).total().issues()).as("the report with kept counts")
                .isEqualTo(jdbc.queryForObject("select count(*) from customer_issue where created_at >= ?"
                        + " and business_unit_id in (" + organization.unitNamesOf("manager").keySet().stream()
                                .map(String::valueOf).collect(java.util.stream.Collectors.joining(",")) + ")",
                        Integer.class, java.sql.Timestamp.from(today.minusDays(200).atStartOfDay(
                                java.time.ZoneId.of("Asia/Shanghai")).toInstant())));
    }
}
