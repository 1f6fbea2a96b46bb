package com.siteline.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siteline.base.InvalidInputException;
import com.siteline.customer.Channel;
import com.siteline.customer.CustomerDetails;
import com.siteline.followup.internal.VisitOutcome;
import com.siteline.issue.IssueDetails;
import com.siteline.issue.IssueQueries;
import com.siteline.organization.RunAs;
import com.siteline.project.AttachmentService;
import com.siteline.project.FieldError;
import com.siteline.project.FormValidationException;
import com.siteline.project.NewProject;
import com.siteline.project.ProjectCompleted;
import com.siteline.project.ProjectRecords;
import com.siteline.project.ProjectService;
import com.siteline.project.ProjectSummary;
import com.siteline.project.ProjectTeam;
import com.siteline.project.StageGates;
import com.siteline.sla.BusinessCalendar;
import com.siteline.sla.CalendarService;
import com.siteline.survey.SurveyService;
import com.siteline.survey.SurveyState;
import com.siteline.survey.SurveySweep;
import com.siteline.survey.SurveyTrigger;
import com.siteline.testsupport.SampleAnswers;
import com.siteline.testsupport.SitelineSpringTest;
import com.siteline.testsupport.WorkspaceFixture;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Return visits on MariaDB: a home-decoration project walked through every stage to completion gets its visits
 * at 1, 3, 6 and 12 months on working days, owned by its agent, made once however often the schedule is asked
 * for; attempts are recorded (bad input stores nothing; a problem found raises a linked issue in the same step);
 * overdue visits climb the ladder once per step, also with two nodes running it at once.
 */
@SitelineSpringTest
class ReturnVisitIT {

    @Autowired
    WorkspaceFixture fixture;

    @Autowired
    ProjectService projects;

    @Autowired
    StageGates gates;

    @Autowired
    ProjectRecords records;

    @Autowired
    AttachmentService attachments;

    @Autowired
    ReturnVisits visits;

    @Autowired
    VisitLadder ladder;

    @Autowired
    CalendarService calendars;

    @Autowired
    IssueQueries issues;

    @Autowired
    RunAs as;

    @Autowired
    SurveyService surveys;

    @Autowired
    SurveySweep sweep;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private ProjectSummary completedProject(CustomerDetails customer, String name) {
        long unit = fixture.unit("SH-HOME");
        ProjectSummary project = as.user(
                "pm",
                () -> projects.create(new NewProject(
                        name,
                        customer.name(),
                        "上海市测试路 8 号",
                        unit,
                        "home-decoration",
                        customer.id(),
                        new ProjectTeam("pm", null, "agent", null, null, null, null, null))));
        SampleAnswers.walkToCompletion(as, projects, gates, records, attachments, "pm", project.id());
        return as.user("pm", () -> projects.get(project.id()));
    }

    private List<String> notices(String kind, String subject) {
        return jdbc.queryForList(
                "select recipient from notification where kind = ? and body like ?",
                String.class,
                kind,
                "%" + subject + "%");
    }

    @Test
    void aCompletedHomeDecorationProjectGetsItsVisitsAtOneThreeSixAndTwelveMonthsOnce() {
        String marker = WorkspaceFixture.marker();
        CustomerDetails customer = fixture.customer("SH-HOME", "回访业主" + marker);
        ProjectSummary project = completedProject(customer, "回访测试 " + marker);
        assertThat(project.completed()).isTrue();
        BusinessCalendar calendar = calendars.calendarFor(project.businessUnitId());
        LocalDate completedOn = project.completedAt().atZone(calendar.zone()).toLocalDate();

        List<VisitSummary> made = as.user("agent", () -> visits.ofProject(project.id()));
        assertThat(made).extracting(VisitSummary::offset).containsExactly("P1M", "P3M", "P6M", "P12M");
        assertThat(made)
                .extracting(VisitSummary::dueOn)
                .containsExactly(
                        VisitDates.due(completedOn, Period.ofMonths(1), calendar),
                        VisitDates.due(completedOn, Period.ofMonths(3), calendar),
                        VisitDates.due(completedOn, Period.ofMonths(6), calendar),
                        VisitDates.due(completedOn, Period.ofMonths(12), calendar));
        assertThat(made).allSatisfy(v -> {
            assertThat(calendar.isWorkingDay(v.dueOn())).isTrue();
            assertThat(v.owner()).isEqualTo("agent");
            assertThat(v.state()).isEqualTo(VisitState.DUE);
            assertThat(v.customerId()).isEqualTo(customer.id());
        });
        // asked again (a replay, another node): nothing new
        assertThat(as.system(() -> visits.schedule(
                        new ProjectCompleted(
                                project.id(),
                                project.name(),
                                customer.id(),
                                customer.name(),
                                project.businessUnitId(),
                                "home-decoration",
                                "agent",
                                project.completedAt()),
                        completedOn)))
                .isZero();
        assertThat(as.user("agent", () -> visits.ofProject(project.id()))).hasSize(4);
        assertThat(as.user("agent", () -> visits.ofCustomer(customer.id()))).hasSize(4);
    }

    @Test
    void attemptsAreRecordedAndAProblemFoundRaisesALinkedIssueInTheSameStep() {
        String marker = WorkspaceFixture.marker();
        CustomerDetails customer = fixture.customer("SH-HOME", "问题业主" + marker);
        ProjectSummary project = completedProject(customer, "问题测试 " + marker);
        VisitSummary first =
                as.user("agent", () -> visits.ofProject(project.id())).getFirst();
        LocalDate today = LocalDate.now(
                clock.withZone(calendars.calendarFor(project.businessUnitId()).zone()));

        // bad input: said, nothing stored
        assertThatThrownBy(() -> as.user(
                        "agent",
                        () -> visits.record(
                                first.id(),
                                first.version(),
                                new VisitOutcome(Channel.PHONE, true, null, null, "备注", null, true))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsExactly("visit.error.satisfaction", "visit.error.problems"));
        assertThatThrownBy(() -> as.user(
                        "agent",
                        () -> visits.record(
                                first.id(),
                                first.version(),
                                new VisitOutcome(Channel.PHONE, false, today.minusDays(1), null, null, null, false))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsExactly("visit.error.retry"));
        assertThat(as.user("agent", () -> visits.get(first.id())).attempts()).isZero();

        VisitSummary moved = as.user(
                "agent",
                () -> visits.record(
                        first.id(),
                        first.version(),
                        new VisitOutcome(Channel.PHONE, false, today.plusDays(2), null, "无人接听", null, false)));
        assertThat(moved.state()).isEqualTo(VisitState.DUE);
        assertThat(moved.dueOn()).isEqualTo(today.plusDays(2));
        assertThat(moved.plannedOn()).isEqualTo(first.plannedOn());
        assertThat(moved.attempts()).isEqualTo(1);

        // home decoration's own visit form: its required answers missing, said at their fields; nothing stored
        assertThatThrownBy(() -> as.user(
                        "agent",
                        () -> visits.record(
                                moved.id(),
                                moved.version(),
                                new VisitOutcome(
                                        Channel.WECHAT,
                                        true,
                                        null,
                                        3,
                                        "客户基本满意",
                                        "阳台推拉门滑轨卡顿 " + marker,
                                        true,
                                        java.util.Map.of("air", "fine")))))
                .isInstanceOfSatisfying(
                        FormValidationException.class,
                        e -> assertThat(e.errors())
                                .extracting(FieldError::fieldId)
                                .containsExactly("walls-floors", "water-power"));
        assertThat(as.user("agent", () -> visits.get(moved.id())).state()).isEqualTo(VisitState.DUE);
        assertThat(as.user("agent", () -> visits.ofCustomer(customer.id())))
                .allSatisfy(v -> assertThat(v.raisedIssueId()).isNull());

        VisitSummary done = as.user(
                "agent",
                () -> visits.record(
                        moved.id(),
                        moved.version(),
                        new VisitOutcome(
                                Channel.WECHAT,
                                true,
                                null,
                                3,
                                "客户基本满意",
                                "阳台推拉门滑轨卡顿 " + marker,
                                true,
                                java.util.Map.of(
                                        "walls-floors",
                                        false,
                                        "water-power",
                                        false,
                                        "doors-cabinets",
                                        true,
                                        "air",
                                        "some",
                                        "feedback",
                                        "推拉门偶有卡顿",
                                        "not-a-field",
                                        "ignored"))));
        assertThat(as.user("agent", () -> visits.formAnswers(done.id())))
                .containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
                        "walls-floors",
                        false,
                        "water-power",
                        false,
                        "doors-cabinets",
                        true,
                        "air",
                        "some",
                        "feedback",
                        "推拉门偶有卡顿"));
        assertThat(jdbc.queryForObject(
                        "select concat(form_id, ' v', form_version) from return_visit where id = ?",
                        String.class,
                        done.id()))
                .isEqualTo("living-visit v1");
        assertThat(done.state()).isEqualTo(VisitState.DONE);
        assertThat(done.satisfaction()).isEqualTo(3);
        assertThat(done.doneBy()).isEqualTo("agent");
        IssueDetails raised = as.user("agent", () -> issues.get(done.raisedIssueId()));
        assertThat(raised.title()).isEqualTo("阳台推拉门滑轨卡顿 " + marker);
        assertThat(raised.customerId()).isEqualTo(customer.id());
        assertThat(raised.projectId()).isEqualTo(project.id());
        assertThat(raised.categoryId()).isEqualTo("after-sales");

        // a survey follows the visit that reached the customer (once), none followed the attempt that did not
        assertThat(jdbc.queryForList(
                        "select visit_id from survey_request where customer_id = ? and trigger_kind = 'RETURN_VISIT'",
                        Long.class,
                        customer.id()))
                .containsExactly(done.id());
        var survey = as.user("admin", () -> surveys.ofCustomer(customer.id())).stream()
                .filter(r -> r.trigger() == SurveyTrigger.RETURN_VISIT)
                .findFirst()
                .orElseThrow();
        assertThat(survey.state()).isEqualTo(SurveyState.SCHEDULED);
        assertThat(survey.subject()).isEqualTo(done.subject());
        // it goes through the same sweep and throttle: the project's completion survey went out first, so the
        // customer is not asked twice within the period
        as.system(() -> sweep.run(survey.dueAt().plusSeconds(1)));
        assertThat(as.user("admin", () -> surveys.ofCustomer(customer.id())).stream()
                        .filter(r -> r.trigger() == SurveyTrigger.RETURN_VISIT)
                        .findFirst()
                        .orElseThrow()
                        .state())
                .isEqualTo(SurveyState.THROTTLED);
        assertThat(as.user("admin", () -> surveys.ofCustomer(customer.id())).stream()
                        .filter(r -> r.trigger() == SurveyTrigger.PROJECT_COMPLETED)
                        .findFirst()
                        .orElseThrow()
                        .state())
                .isEqualTo(SurveyState.SENT);
    }

    @Test
    void anOverdueVisitTellsItsOwnerThenTheManagersOnceEachEvenWithTwoNodes() throws Exception {
        String marker = WorkspaceFixture.marker();
        CustomerDetails customer = fixture.customer("SH-HOME", "逾期业主" + marker);
        ProjectSummary project = completedProject(customer, "逾期测试 " + marker);
        VisitSummary first =
                as.user("agent", () -> visits.ofProject(project.id())).getFirst();
        BusinessCalendar calendar = calendars.calendarFor(project.businessUnitId());
        LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));

        // due yesterday: the owner is told, once
        jdbc.update("update return_visit set due_on = ? where id = ?", today.minusDays(1), first.id());
        twoNodes();
        assertThat(notices("VISIT_OVERDUE", marker)).containsExactly("agent");
        assertThat(notices("VISIT_ESCALATION", marker)).isEmpty();
        twoNodes();
        assertThat(notices("VISIT_OVERDUE", marker)).hasSize(1);

        // more than three working days overdue: the managers, once
        LocalDate longAgo = today.minusDays(1);
        while (VisitLadder.workingDaysBetween(longAgo, today, calendar) <= VisitLadder.MANAGERS_AFTER) {
            longAgo = longAgo.minusDays(1);
        }
        jdbc.update("update return_visit set due_on = ? where id = ?", longAgo, first.id());
        twoNodes();
        twoNodes();
        assertThat(notices("VISIT_ESCALATION", marker)).contains("manager").doesNotHaveDuplicates();
        assertThat(notices("VISIT_OVERDUE", marker)).hasSize(1);
        assertThat(as.user("agent", () -> visits.get(first.id())).escalationStep())
                .isEqualTo(2);
    }

    private void twoNodes() throws Exception {
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs =
                    List.of(nodes.submit(() -> as.system(ladder::run)), nodes.submit(() -> as.system(ladder::run)));
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            nodes.shutdown();
        }
    }
}
