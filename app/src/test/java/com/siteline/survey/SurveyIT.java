package com.siteline.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siteline.base.RefusedException;
import com.siteline.communication.CommunicationService;
import com.siteline.customer.CustomerDetails;
import com.siteline.issue.IssueDetails;
import com.siteline.issue.IssueQueries;
import com.siteline.issue.IssueService;
import com.siteline.issue.IssueStatus;
import com.siteline.issue.StepInput;
import com.siteline.issue.Verdict;
import com.siteline.notification.CustomerMessages;
import com.siteline.organization.RunAs;
import com.siteline.project.FieldError;
import com.siteline.project.FormValidationException;
import com.siteline.search.SearchService;
import com.siteline.search.SearchText;
import com.siteline.testsupport.SitelineSpringTest;
import com.siteline.testsupport.WorkspaceFixture;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Surveys on MariaDB, end to end through the services: a closed case gets one survey after the delay (with its
 * link kept in the outbox), a 2-star answer reopens it and tells the handler and the manager exactly once, a
 * reopened case gets no second survey, no survey without contact, one per customer per period, one reminder
 * with a new link, links that run out, and two nodes sweeping at once send each survey once.
 */
@SitelineSpringTest
class SurveyIT {

    @Autowired
    SearchService search;

    @Autowired
    WorkspaceFixture fixture;

    @Autowired
    com.siteline.testsupport.ClosedCases cases;

    @Autowired
    IssueService issues;

    @Autowired
    IssueQueries queries;

    @Autowired
    CommunicationService communications;

    @Autowired
    SurveyService surveys;

    @Autowired
    SurveySweep sweep;

    @Autowired
    SurveyAnswers answers;

    @Autowired
    SurveySettings settings;

    @Autowired
    CustomerMessages messages;

    @Autowired
    RunAs as;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private IssueDetails closedCase(CustomerDetails customer, String title, boolean contact) {
        return cases.close(customer, title, contact);
    }

    private SurveySummary surveyOf(IssueDetails issue) {
        return as.user("admin", () -> surveys.ofIssue(issue.id())).orElseThrow();
    }

    private List<String> links(CustomerDetails customer) {
        return cases.links(customer.id());
    }

    private Instant afterDelay(IssueDetails closed) {
        return surveyOf(closed).dueAt().plusSeconds(1);
    }

    private List<String> poorNotices(long issueId) {
        return jdbc.queryForList(
                "select recipient from notification where kind = 'SURVEY_POOR' and issue_id = ?",
                String.class,
                issueId);
    }

    @Test
    void aClosedCaseGetsOneSurveyAfterTheDelayAndATwoStarAnswerReopensItAndEscalatesOnce() {
        CustomerDetails customer = fixture.customer("SH-HOME", "调查客户" + WorkspaceFixture.marker());
        IssueDetails closed = closedCase(customer, "瓷砖空鼓 " + WorkspaceFixture.marker(), true);
        SurveySummary scheduled = surveyOf(closed);
        assertThat(scheduled.state()).isEqualTo(SurveyState.SCHEDULED);
        assertThat(Duration.between(closed.updatedAt(), scheduled.dueAt()))
                .isBetween(settings.delay().minusSeconds(5), settings.delay().plusSeconds(5));

        as.system(() -> sweep.run(scheduled.dueAt().minusSeconds(60)));
        assertThat(surveyOf(closed).state()).isEqualTo(SurveyState.SCHEDULED);
        assertThat(links(customer)).isEmpty();

        as.system(() -> sweep.run(afterDelay(closed)));
        assertThat(surveyOf(closed).state()).isEqualTo(SurveyState.SENT);
        List<String> sent = links(customer);
        assertThat(sent).hasSize(1);
        String token = sent.getFirst();
        OpenSurvey open = answers.open(token).orElseThrow();
        assertThat(open.subject()).isEqualTo(closed.title());
        assertThat(open.template().id()).isEqualTo(SurveyTemplates.CASE_CLOSED);

        answers.answer(
                token,
                Map.of("rating", "2", "reasons", List.of("slow", "unsolved"), "comment", "还是漏"),
                "198.51.100.4",
                "JUnit");
        SurveySummary answered = surveyOf(closed);
        assertThat(answered.state()).isEqualTo(SurveyState.ANSWERED);
        assertThat(answered.rating()).isEqualTo(2);
        // what the customer wrote is found by the search, and opens the case
        assertThat(as.user("manager", () -> search.search("还是漏 " + customer.name(), 5))
                        .hits())
                .anySatisfy(hit -> {
                    assertThat(hit.kind()).isEqualTo("survey");
                    assertThat(hit.location()).isEqualTo("issues/" + closed.id());
                    assertThat(hit.line())
                            .filteredOn(SearchText.Segment::marked)
                            .extracting(SearchText.Segment::text)
                            .contains("还是漏");
                });
        assertThat(answered.answers()).containsEntry("reasons", List.of("slow", "unsolved"));
        assertThat(answered.poorFollowed()).isTrue();
        IssueDetails reopened = as.user("admin", () -> queries.get(closed.id()));
        assertThat(reopened.status()).isEqualTo(IssueStatus.IN_PROGRESS);
        assertThat(reopened.assignee()).isEqualTo("agent");
        assertThat(jdbc.queryForObject(
                        "select reopened_count from customer_issue where id = ?", Integer.class, closed.id()))
                .isEqualTo(1);
        List<String> told = poorNotices(closed.id());
        assertThat(told).contains("agent", "manager").doesNotHaveDuplicates();

        // the link is used: a second answer is refused and changes nothing
        assertThatThrownBy(() -> answers.answer(token, Map.of("rating", "1"), null, null))
                .isInstanceOf(RefusedException.class);
        assertThat(answers.open(token)).isEmpty();
        assertThat(poorNotices(closed.id())).hasSameSizeAs(told);
        assertThat(surveyOf(closed).rating()).isEqualTo(2);
    }

    @Test
    void aReopenedCaseClosedAgainGetsNoSecondSurvey() {
        CustomerDetails customer = fixture.customer("SH-HOME", "复开客户" + WorkspaceFixture.marker());
        IssueDetails closed = closedCase(customer, "墙面开裂 " + WorkspaceFixture.marker(), true);
        Instant first = afterDelay(closed);
        as.system(() -> sweep.run(first));
        answers.answer(links(customer).getFirst(), Map.of("rating", "1", "reasons", List.of("unsolved")), null, null);
        // handled again and closed again
        IssueDetails reopened = as.user("agent", () -> queries.get(closed.id()));
        IssueDetails feedback = as.user(
                "agent",
                () -> issues.move(
                        reopened.id(),
                        reopened.version(),
                        IssueStatus.FEEDBACK_GIVEN,
                        new StepInput("再次反馈", null, "重新修补", null)));
        int told = poorNotices(closed.id()).size();
        as.user(
                "manager",
                () -> issues.move(
                        feedback.id(),
                        feedback.version(),
                        IssueStatus.CLOSED,
                        new StepInput("核实", null, null, Verdict.SATISFIED)));

        as.system(() -> sweep.run(first.plus(settings.delay()).plus(Duration.ofHours(2))));
        assertThat(jdbc.queryForObject(
                        "select count(*) from survey_request where issue_id = ?", Integer.class, closed.id()))
                .isEqualTo(1);
        assertThat(surveyOf(closed).state()).isEqualTo(SurveyState.ANSWERED);
        assertThat(links(customer)).hasSize(1);
        assertThat(poorNotices(closed.id())).hasSize(told);
    }

    @Test
    void aCaseClosedWithoutContactGetsNoSurvey() {
        CustomerDetails customer = fixture.customer("SH-HOME", "无沟通" + WorkspaceFixture.marker());
        IssueDetails closed = closedCase(customer, "发票抬头 " + WorkspaceFixture.marker(), false);
        as.system(() -> sweep.run(afterDelay(closed)));
        assertThat(surveyOf(closed).state()).isEqualTo(SurveyState.NO_CONTACT);
        assertThat(links(customer)).isEmpty();
    }

    @Test
    void aCustomerIsAskedAtMostOncePerPeriod() {
        CustomerDetails customer = fixture.customer("SH-HOME", "限频" + WorkspaceFixture.marker());
        IssueDetails one = closedCase(customer, "门锁 " + WorkspaceFixture.marker(), true);
        IssueDetails two = closedCase(customer, "窗框 " + WorkspaceFixture.marker(), true);
        as.system(() -> sweep.run(afterDelay(two)));
        assertThat(List.of(surveyOf(one).state(), surveyOf(two).state()))
                .containsExactly(SurveyState.SENT, SurveyState.THROTTLED);
        assertThat(links(customer)).hasSize(1);
    }

    @Test
    void aCaseReopenedBeforeItsSurveyWaitsUntilItIsClosedAgain() {
        CustomerDetails customer = fixture.customer("SH-HOME", "待关" + WorkspaceFixture.marker());
        IssueDetails closed = closedCase(customer, "踢脚线 " + WorkspaceFixture.marker(), true);
        as.system(() -> issues.reopenForCustomer(closed.id(), "客户来电仍有问题"));
        as.system(() -> sweep.run(afterDelay(closed)));
        SurveySummary waiting = surveyOf(closed);
        assertThat(waiting.state()).isEqualTo(SurveyState.SCHEDULED);
        assertThat(waiting.dueAt()).isNull();
        IssueDetails open = as.user("agent", () -> queries.get(closed.id()));
        IssueDetails feedback = as.user(
                "agent",
                () -> issues.move(
                        open.id(),
                        open.version(),
                        IssueStatus.FEEDBACK_GIVEN,
                        new StepInput("已反馈", null, "已更换", null)));
        as.user(
                "manager",
                () -> issues.move(
                        feedback.id(),
                        feedback.version(),
                        IssueStatus.CLOSED,
                        new StepInput("核实", null, null, Verdict.SATISFIED)));
        assertThat(surveyOf(closed).dueAt()).isNotNull();
        as.system(() -> sweep.run(afterDelay(closed)));
        assertThat(surveyOf(closed).state()).isEqualTo(SurveyState.SENT);
    }

    @Test
    void oneReminderGoesWithANewLinkAndTheLinkRunsOut() {
        CustomerDetails customer = fixture.customer("SH-HOME", "提醒" + WorkspaceFixture.marker());
        IssueDetails closed = closedCase(customer, "地漏 " + WorkspaceFixture.marker(), true);
        Instant sentAt = afterDelay(closed);
        as.system(() -> sweep.run(sentAt));
        String first = links(customer).getFirst();
        as.system(() -> sweep.run(sentAt.plus(settings.reminderAfter()).plusSeconds(5)));
        as.system(() -> sweep.run(sentAt.plus(settings.reminderAfter()).plus(Duration.ofHours(5))));
        List<String> sent = links(customer);
        assertThat(sent).hasSize(2);
        String second = sent.getFirst();
        assertThat(second).isNotEqualTo(first);
        assertThat(answers.open(first)).isEmpty();
        assertThat(answers.open(second)).isPresent();
        assertThat(surveyOf(closed).remindedAt()).isNotNull();

        as.system(() -> sweep.run(sentAt.plus(settings.linkValid()).plusSeconds(5)));
        assertThat(surveyOf(closed).state()).isEqualTo(SurveyState.EXPIRED);
        assertThat(answers.open(second)).isEmpty();
        assertThatThrownBy(() -> answers.answer(second, Map.of("rating", "5"), null, null))
                .isInstanceOf(RefusedException.class);
    }

    @Test
    void anAgentRecordsAPhoneAnswerAndBadInputStoresNothing() {
        CustomerDetails customer = fixture.customer("SH-HOME", "电话" + WorkspaceFixture.marker());
        IssueDetails closed = closedCase(customer, "油漆 " + WorkspaceFixture.marker(), true);
        SurveySummary scheduled = surveyOf(closed);
        assertThatThrownBy(() -> as.user(
                        "agent", () -> surveys.record(scheduled.id(), scheduled.version(), Map.of("comment", "没打分"))))
                .isInstanceOfSatisfying(
                        FormValidationException.class,
                        e -> assertThat(e.errors())
                                .extracting(FieldError::fieldId)
                                .containsExactly("rating"));
        assertThatThrownBy(() -> as.user(
                        "agent", () -> surveys.record(scheduled.id(), scheduled.version(), Map.of("rating", "7"))))
                .isInstanceOf(FormValidationException.class);
        assertThat(surveyOf(closed).state()).isEqualTo(SurveyState.SCHEDULED);

        SurveySummary recorded = as.user(
                "agent",
                () -> surveys.record(
                        scheduled.id(),
                        scheduled.version(),
                        Map.of("rating", "5", "reasons", List.of("slow"), "comment", "很好")));
        assertThat(recorded.state()).isEqualTo(SurveyState.ANSWERED);
        assertThat(recorded.answerChannel()).isEqualTo("phone");
        assertThat(recorded.answeredBy()).isEqualTo("agent");
        // reasons are only kept with a poor rating
        assertThat(recorded.answers()).containsOnlyKeys("rating", "comment");
        assertThat(as.user("admin", () -> queries.get(closed.id())).status()).isEqualTo(IssueStatus.CLOSED);
        as.system(() -> sweep.run(scheduled.dueAt().plusSeconds(5)));
        assertThat(links(customer)).isEmpty();
    }

    @Test
    void twoNodesSweepingAtOnceSendEachSurveyOnce() throws Exception {
        CustomerDetails a = fixture.customer("SH-HOME", "并发甲" + WorkspaceFixture.marker());
        CustomerDetails b = fixture.customer("SH-HOME", "并发乙" + WorkspaceFixture.marker());
        IssueDetails one = closedCase(a, "电梯 " + WorkspaceFixture.marker(), true);
        IssueDetails two = closedCase(b, "门禁 " + WorkspaceFixture.marker(), true);
        Instant at = afterDelay(two);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<SurveySweep.Result>> runs = List.of(
                    nodes.submit(() -> {
                        start.await();
                        return as.system(() -> sweep.run(at));
                    }),
                    nodes.submit(() -> {
                        start.await();
                        return as.system(() -> sweep.run(at));
                    }));
            start.countDown();
            for (Future<SurveySweep.Result> run : runs) {
                run.get();
            }
        } finally {
            nodes.shutdown();
        }
        assertThat(links(a)).hasSize(1);
        assertThat(links(b)).hasSize(1);
        assertThat(List.of(surveyOf(one).state(), surveyOf(two).state())).containsOnly(SurveyState.SENT);
    }
}
