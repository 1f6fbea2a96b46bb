package com.siteline.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siteline.base.InvalidInputException;
import com.siteline.base.grid.GridQuery;
import com.siteline.obligation.internal.ObligationRecord;
import com.siteline.obligation.internal.ObligationSummary;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.organization.RunAs;
import com.siteline.report.DocumentKind;
import com.siteline.report.DocumentSummary;
import com.siteline.report.PeriodicDocuments;
import com.siteline.testsupport.SitelineSpringTest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Obligations on MariaDB, on a property-management unit of the test's own: two nodes making the period's tasks
 * at once make each once; publishing the complaint summary fulfils its task; an event is recorded (bad input
 * stores nothing); an overdue task tells the managers, then the administrators, once each.
 */
@SitelineSpringTest
class ObligationsIT {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    Obligations obligations;

    @Autowired
    PeriodicDocuments documents;

    @Autowired
    OrganizationService organization;

    @Autowired
    RunAs as;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    long unit;

    @BeforeEach
    void aPropertyUnitOfItsOwn() {
        if (!organization.businessUnitExists("OBL-T")) {
            var made =
                    as.system(() -> organization.createBusinessUnit("OBL-T", "义务测试物业", List.of("property-management")));
            as.system(() -> organization.changeUnit(
                    made.id(), made.version(), made.pluginIds(), com.siteline.sdk.PremisesKind.RESIDENTIAL));
            as.system(() -> organization.createUser(
                    "obl-manager", "经理 义务", "manager-pass-2026", Set.of(Role.MANAGER), List.of("OBL-T")));
            as.system(() -> organization.createUser(
                    "obl-admin", "管理员 义务", "admin-pass-2026", Set.of(Role.ADMIN), List.of("OBL-T")));
        }
        unit = organization.businessUnits().stream()
                .filter(u -> u.code().equals("OBL-T"))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private List<ObligationSummary> tasks() {
        return as.user("obl-manager", () -> obligations.page(GridQuery.empty(), 0, 100));
    }

    private ObligationSummary task(String obligationId) {
        return tasks().stream()
                .filter(t -> t.obligationId().equals(obligationId))
                .findFirst()
                .orElseThrow();
    }

    private <T> List<T> twoNodes(java.util.concurrent.Callable<T> work) throws Exception {
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<T>> runs = List.of(nodes.submit(work), nodes.submit(work));
            return List.of(runs.get(0).get(), runs.get(1).get());
        } finally {
            nodes.shutdown();
        }
    }

    @Test
    void twoNodesMakeEachPeriodsTaskOnceAndAPublishedDocumentFulfilsIt() throws Exception {
        twoNodes(() -> as.system(obligations::generate));
        twoNodes(() -> as.system(obligations::generate));
        List<ObligationSummary> made = tasks();
        assertThat(made)
                .extracting(ObligationSummary::obligationId)
                .containsExactlyInAnyOrder(
                        "complaint-summary",
                        "service-report",
                        "owners-committee",
                        "community-event",
                        "customer-meeting",
                        "mid-year-survey",
                        "year-end-survey");
        assertThat(jdbc.queryForObject(
                        "select count(*) from obligation_task where business_unit_id = ?", Integer.class, unit))
                .isEqualTo(7);
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        ObligationSummary summary = task("complaint-summary");
        assertThat(summary.periodFirst()).isEqualTo(today.withDayOfMonth(1));
        assertThat(summary.dueOn()).isEqualTo(today.withDayOfMonth(5));

        long id = documents.draft(
                unit, DocumentKind.COMPLAINT_SUMMARY, today.withDayOfMonth(1).minusMonths(1), summary.dueOn());
        DocumentSummary draft = as.user("obl-manager", () -> documents.get(id));
        DocumentSummary approved = as.user("obl-manager", () -> documents.approve(id, draft.version()));
        as.user("obl-manager", () -> documents.publish(id, approved.version()));
        ObligationSummary done = task("complaint-summary");
        assertThat(done.state()).isEqualTo(ObligationState.DONE);
        assertThat(done.fulfilledBy()).isEqualTo(Fulfilment.DOCUMENT);
        assertThat(done.fulfilmentRef()).isEqualTo(id);
        assertThat(done.doneBy()).isEqualTo("obl-manager");
    }

    /** A property unit of the test's own of a kind of premises (null: not named); returns its id. */
    private long propertyUnit(com.siteline.sdk.PremisesKind kind) {
        String code = "OBL-P" + (System.nanoTime() % 1_000_000);
        var made = as.system(() -> organization.createBusinessUnit(code, "义务 " + code, List.of("property-management")));
        as.system(() -> organization.changeUnit(made.id(), made.version(), made.pluginIds(), kind));
        return made.id();
    }

    private List<String> obligationsOf(long unitId) {
        return jdbc.queryForList(
                "select obligation_id from obligation_task where business_unit_id = ?", String.class, unitId);
    }

    private List<String> documentsOf(long unitId) {
        return jdbc.queryForList("select kind from periodic_document where business_unit_id = ?", String.class, unitId);
    }

    @Test
    void theServiceReportIsForResidentialUnitsAndTheWorkBriefForOfficesAndNeitherWhereItDoesNotApply() {
        long office = propertyUnit(com.siteline.sdk.PremisesKind.OFFICE);
        long residential = propertyUnit(com.siteline.sdk.PremisesKind.RESIDENTIAL);
        long unnamed = propertyUnit(null);
        as.system(obligations::generate);
        assertThat(obligationsOf(office))
                .contains("work-brief", "complaint-summary", "customer-meeting")
                .doesNotContain("service-report", "owners-committee", "community-event");
        assertThat(obligationsOf(residential))
                .contains("service-report", "owners-committee", "community-event", "complaint-summary")
                .doesNotContain("work-brief");
        assertThat(obligationsOf(unnamed))
                .contains("complaint-summary")
                .doesNotContain("work-brief", "service-report", "owners-committee");
        // the documents drafted after the first quarter ends: the brief for the office, the report for the estate
        as.system(() -> documents.draftDue(LocalDate.of(2026, 4, 2)));
        assertThat(documentsOf(office)).contains("WORK_BRIEF").doesNotContain("SERVICE_REPORT");
        assertThat(documentsOf(residential)).contains("SERVICE_REPORT").doesNotContain("WORK_BRIEF");
        assertThat(documentsOf(unnamed)).contains("COMPLAINT_SUMMARY").doesNotContain("WORK_BRIEF", "SERVICE_REPORT");
    }

    @Test
    void aManagerRecordsTheEventAndBadInputStoresNothing() {
        as.system(obligations::generate);
        ObligationSummary event = task("community-event");
        assertThat(event.state()).isEqualTo(ObligationState.OPEN);
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        assertThatThrownBy(() -> as.user(
                        "obl-manager",
                        () -> obligations.record(
                                event.id(),
                                event.version(),
                                new ObligationRecord(Fulfilment.EVENT, today.plusDays(1), 0, " "))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        "obligation.error.held-on",
                                        "obligation.error.attendance",
                                        "obligation.error.evaluation"));
        assertThatThrownBy(() -> as.user(
                        "obl-manager",
                        () -> obligations.record(
                                event.id(),
                                event.version(),
                                new ObligationRecord(Fulfilment.DOCUMENT, null, null, "x"))))
                .isInstanceOf(InvalidInputException.class);
        assertThat(task("community-event").state()).isEqualTo(ObligationState.OPEN);
        ObligationSummary done = as.user(
                "obl-manager",
                () -> obligations.record(
                        event.id(),
                        event.version(),
                        new ObligationRecord(Fulfilment.EVENT, today, 86, "广场舞比赛，业主反响热烈")));
        assertThat(done.state()).isEqualTo(ObligationState.DONE);
        assertThat(done.heldOn()).isEqualTo(today);
        assertThat(done.attendance()).isEqualTo(86);
        assertThat(done.fulfilledBy()).isEqualTo(Fulfilment.EVENT);
    }

    @Test
    void anOverdueTaskTellsTheManagersThenTheAdministratorsOnceEach() throws Exception {
        as.system(obligations::generate);
        ObligationSummary brief = task("service-report");
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        jdbc.update(
                "update obligation_task set state = 'OPEN', escalation_step = 0, due_on = ? where id = ?",
                today.minusDays(1),
                brief.id());
        jdbc.update("delete from notification where dedup_key like ?", "obligation-" + brief.id() + "-%");
        twoNodes(() -> as.system(obligations::escalate));
        twoNodes(() -> as.system(obligations::escalate));
        assertThat(recipients(brief.id(), "OBLIGATION_OVERDUE")).containsExactly("obl-manager");
        assertThat(recipients(brief.id(), "OBLIGATION_ESCALATION")).isEmpty();

        jdbc.update("update obligation_task set due_on = ? where id = ?", today.minusDays(14), brief.id());
        twoNodes(() -> as.system(obligations::escalate));
        twoNodes(() -> as.system(obligations::escalate));
        assertThat(recipients(brief.id(), "OBLIGATION_OVERDUE")).containsExactly("obl-manager");
        assertThat(recipients(brief.id(), "OBLIGATION_ESCALATION")).containsExactly("obl-admin");
    }

    @Test
    void aDocumentPublishedBeforeItsTaskFulfilsItAndAFulfilledTaskIsNeverReportedOverdue() {
        as.system(obligations::generate);
        ObligationSummary report = task("service-report");
        // the document is published while the period's task does not exist (made later, or on another node)
        jdbc.update("delete from obligation_task where id = ?", report.id());
        LocalDate quarter = report.periodFirst().minusMonths(3);
        long id = documents.draft(unit, DocumentKind.SERVICE_REPORT, quarter, report.dueOn());
        DocumentSummary draft = as.user("obl-manager", () -> documents.get(id));
        DocumentSummary approved = as.user("obl-manager", () -> documents.approve(id, draft.version()));
        as.user("obl-manager", () -> documents.publish(id, approved.version()));
        as.system(obligations::generate);
        ObligationSummary made = task("service-report");
        assertThat(made.state()).isEqualTo(ObligationState.DONE);
        assertThat(made.fulfilmentRef()).isEqualTo(id);

        // a task left open although its document is published, past its day: done, and nobody is told it is overdue
        jdbc.update(
                "update obligation_task set state = 'OPEN', escalation_step = 0, due_on = ? where id = ?",
                report.dueOn().minusDays(30),
                made.id());
        jdbc.update(
                "update periodic_document set due_on = ? where id = ?",
                report.dueOn().minusDays(30),
                id);
        as.system(obligations::escalate);
        assertThat(recipients(made.id(), "OBLIGATION_OVERDUE")).isEmpty();
        assertThat(task("service-report").state()).isEqualTo(ObligationState.DONE);
    }

    private List<String> recipients(long taskId, String kind) {
        return jdbc.queryForList(
                "select recipient from notification where kind = ? and dedup_key like ?",
                String.class,
                kind,
                "obligation-" + taskId + "-%");
    }
}
