package com.siteline.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.base.InvalidInputException;
import com.siteline.base.RefusedException;
import com.siteline.base.grid.ColumnFilter;
import com.siteline.base.grid.GridQuery;
import com.siteline.communication.CommunicationService;
import com.siteline.communication.NewLogEntry;
import com.siteline.customer.Channel;
import com.siteline.customer.CustomerDetails;
import com.siteline.issue.Deadline;
import com.siteline.issue.IssueDetails;
import com.siteline.issue.IssueEventKind;
import com.siteline.issue.IssueQueries;
import com.siteline.issue.IssueService;
import com.siteline.issue.IssueStatus;
import com.siteline.issue.PauseSpan;
import com.siteline.issue.ResponseTimeSweep;
import com.siteline.issue.StepInput;
import com.siteline.issue.TimelineEntry;
import com.siteline.notification.NotificationItem;
import com.siteline.notification.NotificationService;
import com.siteline.organization.RunAs;
import com.siteline.sdk.IssueType;
import com.siteline.sdk.Urgency;
import com.siteline.testsupport.SitelineSpringTest;
import com.siteline.testsupport.TestClock;
import com.siteline.testsupport.WorkspaceFixture;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Deadlines on issues against MariaDB: computed when raised, shifted exactly by pauses, met by a
 * contact, kept when an admin edits the rules (they apply to new issues), and found by the breach
 * sweep, which climbs the escalation ladder one step per run and records each step.
 */
@SitelineSpringTest
class ResponseTimesRuntimeIT {

    @Autowired
    WorkspaceFixture fixture;

    @Autowired
    RunAs as;

    @Autowired
    IssueService issues;

    @Autowired
    IssueQueries queries;

    @Autowired
    CommunicationService log;

    @Autowired
    ResponseRuleService rules;

    @Autowired
    ResponseTimeSweep sweep;

    @Autowired
    NotificationService notifications;

    @Autowired
    Clock clock;

    @AfterEach
    void reset() {
        TestClock.reset();
        as.user("admin", () -> rules.resetToDefaults("home-decoration", rules.version("home-decoration")));
    }

    private Deadline deadline(IssueDetails issue, String kind) {
        return issue.deadlines().stream()
                .filter(d -> d.kind().name().equals(kind))
                .findFirst()
                .orElseThrow();
    }

    private IssueDetails urgentComplaint(CustomerDetails customer, String title) {
        return fixture.issue(customer, title, IssueType.COMPLAINT, "quality-acceptance", Urgency.URGENT);
    }

    @Test
    void anUrgentComplaintIsDueInTwoHoursAndEveryPauseAddsExactlyItsLength() {
        CustomerDetails customer = fixture.customer("SH-HOME", "孔" + WorkspaceFixture.marker());
        IssueDetails issue = urgentComplaint(customer, "地漏反味");
        long issueId = issue.id();
        Instant raised = issue.createdAt();
        assertThat(issue.rulePlugin()).isEqualTo("home-decoration");
        assertThat(deadline(issue, "FIRST_RESPONSE").due()).isEqualTo(raised.plus(Duration.ofHours(2)));
        assertThat(deadline(issue, "RESOLUTION").due()).isEqualTo(raised.plus(Duration.ofHours(24)));
        assertThat(deadline(issue, "FIRST_RESPONSE").state()).isEqualTo(Deadline.State.ON_TRACK);

        var issueBefore1 = issue;

        issue = as.user("admin", () -> issues.assign(issueBefore1.id(), issueBefore1.version(), "agent"));
        var issueBefore2 = issue;
        issue = as.user(
                "agent",
                () -> issues.move(
                        issueBefore2.id(), issueBefore2.version(), IssueStatus.IN_PROGRESS, StepInput.none()));
        var issueBefore3 = issue;
        issue = as.user(
                "agent",
                () -> issues.move(
                        issueBefore3.id(), issueBefore3.version(), IssueStatus.WAITING_CUSTOMER, StepInput.none()));
        assertThat(deadline(issue, "FIRST_RESPONSE").state()).isEqualTo(Deadline.State.PAUSED);
        assertThat(issue.nextDueAt()).isNull();
        TestClock.advance(Duration.ofMinutes(45));
        var issueBefore4 = issue;
        issue = as.user(
                "agent",
                () -> issues.move(
                        issueBefore4.id(), issueBefore4.version(), IssueStatus.IN_PROGRESS, StepInput.none()));
        // the plugin's own reason to wait (home decoration: the customer's sign-off) stops the clock too
        long id = issue.id();
        long version = issue.version();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> as.user(
                        "agent",
                        () -> issues.move(
                                id, version, IssueStatus.WAITING_CUSTOMER, StepInput.waitingFor("waiting-weather"))))
                .isInstanceOf(RefusedException.class);
        var issueBefore5 = issue;
        issue = as.user(
                "agent",
                () -> issues.move(
                        issueBefore5.id(),
                        issueBefore5.version(),
                        IssueStatus.WAITING_CUSTOMER,
                        StepInput.waitingFor("waiting-sign-off")));
        assertThat(issue.pauseReason()).isEqualTo("waiting-sign-off");
        TestClock.advance(Duration.ofMinutes(10));
        var issueBefore6 = issue;
        issue = as.user(
                "agent",
                () -> issues.move(
                        issueBefore6.id(), issueBefore6.version(), IssueStatus.IN_PROGRESS, StepInput.none()));

        // 45 + 10 minutes of waiting for the customer stop the clock, to the second
        Instant firstResponseDue = deadline(issue, "FIRST_RESPONSE").due();
        Duration paused = as.user("agent", () -> queries.pauses(issueId)).stream()
                .map(p -> Duration.between(p.from(), p.to()))
                .reduce(Duration.ZERO, Duration::plus);
        assertThat(as.user("agent", () -> queries.pauses(issueId)))
                .extracting(PauseSpan::reason)
                .containsExactly("customer", "waiting-sign-off");
        assertThat(firstResponseDue).isEqualTo(raised.plus(Duration.ofHours(2)).plus(paused));
        assertThat(paused)
                .isBetween(Duration.ofMinutes(55), Duration.ofMinutes(55).plusSeconds(5));
        assertThat(deadline(issue, "RESOLUTION").due())
                .isEqualTo(raised.plus(Duration.ofHours(24)).plus(paused));

        // a phone call on a complaint is not yet its first response (seed 003: a reply with a handling plan is)
        as.user(
                "agent",
                () -> log.record(new NewLogEntry(
                        customer.id(),
                        null,
                        issueId,
                        clock.instant(),
                        null,
                        Channel.PHONE,
                        null,
                        "已致电客户，约定明早上门",
                        null,
                        null,
                        false)));
        var issueBefore7 = issue;
        issue = as.user("agent", () -> queries.get(issueBefore7.id()));
        assertThat(deadline(issue, "FIRST_RESPONSE").state()).isNotEqualTo(Deadline.State.MET);
        // a plan without its owner or with a time already past is refused, and nothing of it is kept
        var issueBefore8 = issue;
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> as.user(
                        "agent",
                        () -> issues.plan(
                                issueBefore8.id(),
                                issueBefore8.version(),
                                "更换地漏并做闭水试验",
                                " ",
                                clock.instant().minusSeconds(60))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsExactly("issue.error.plan-owner", "issue.error.plan-expected"));
        assertThat(as.user("agent", () -> queries.get(issueId)).plan()).isNull();
        Instant planned = clock.instant();
        issue = as.user(
                "agent",
                () -> issues.plan(
                        issueBefore8.id(),
                        issueBefore8.version(),
                        "更换地漏并做闭水试验",
                        "李娜",
                        planned.plus(Duration.ofDays(1))));
        assertThat(issue.plan().measures()).isEqualTo("更换地漏并做闭水试验");
        assertThat(issue.plan().owner()).isEqualTo("李娜");
        assertThat(deadline(issue, "FIRST_RESPONSE").state()).isEqualTo(Deadline.State.MET);
        assertThat(deadline(issue, "FIRST_RESPONSE").metAt())
                .isEqualTo(issue.plan().givenAt());
        assertThat(issue.nextDueAt()).isEqualTo(deadline(issue, "RESOLUTION").due());
    }

    @Test
    void editedRulesApplyToNewIssuesWhileOpenOnesKeepTheirDeadlines() {
        CustomerDetails customer = fixture.customer("SH-HOME", "钟" + WorkspaceFixture.marker());
        IssueDetails before = urgentComplaint(customer, "瓷砖空鼓");
        List<ResponseRule> edited = new ArrayList<>(rules.rules("home-decoration"));
        for (int i = 0; i < edited.size(); i++) {
            ResponseRule r = edited.get(i);
            if (r.issueType() == IssueType.COMPLAINT && r.urgency() == Urgency.URGENT) {
                edited.set(
                        i,
                        new ResponseRule(
                                true,
                                r.issueType(),
                                r.categoryId(),
                                r.urgency(),
                                r.stageId(),
                                r.customerTier(),
                                30L,
                                r.nextUpdateMinutes(),
                                r.resolutionMinutes(),
                                r.businessTime()));
            }
        }
        as.user("admin", () -> rules.save("home-decoration", rules.version("home-decoration"), edited));

        IssueDetails after = urgentComplaint(customer, "瓷砖空鼓（第二处）");
        assertThat(deadline(after, "FIRST_RESPONSE").due())
                .isEqualTo(after.createdAt().plus(Duration.ofMinutes(30)));
        assertThat(deadline(as.user("admin", () -> queries.get(before.id())), "FIRST_RESPONSE")
                        .due())
                .isEqualTo(before.createdAt().plus(Duration.ofHours(2)));
    }

    /** 客户类型 as a rule's criterion: a government office's complaint is answered within the hour. */
    @Test
    void aRuleForACustomerTypeAppliesToThatTypesIssuesOnly() {
        List<ResponseRule> edited = new ArrayList<>(rules.rules("home-decoration"));
        edited.addFirst(new ResponseRule(
                true,
                IssueType.COMPLAINT,
                null,
                null,
                null,
                null,
                CustomerType.GOVERNMENT,
                60L,
                null,
                null,
                false,
                null,
                null));
        as.user("admin", () -> rules.save("home-decoration", rules.version("home-decoration"), edited));
        assertThat(rules.rules("home-decoration").getFirst().customerType()).isEqualTo(CustomerType.GOVERNMENT);

        CustomerDetails office =
                fixture.customer("SH-HOME", "街道办" + WorkspaceFixture.marker(), CustomerType.GOVERNMENT);
        CustomerDetails person = fixture.customer("SH-HOME", "蒋" + WorkspaceFixture.marker());
        IssueDetails officeIssue = urgentComplaint(office, "外墙脚手架占用人行道");
        IssueDetails personIssue = urgentComplaint(person, "外墙脚手架占用人行道");
        assertThat(officeIssue.customerType()).isEqualTo(CustomerType.GOVERNMENT);
        assertThat(officeIssue.ruleNumber()).isEqualTo(1);
        assertThat(deadline(officeIssue, "FIRST_RESPONSE").due())
                .isEqualTo(officeIssue.createdAt().plus(Duration.ofMinutes(60)));
        // the individual's urgent complaint keeps the default two hours, by a later rule
        assertThat(personIssue.ruleNumber()).isGreaterThan(1);
        assertThat(deadline(personIssue, "FIRST_RESPONSE").due())
                .isEqualTo(personIssue.createdAt().plus(Duration.ofHours(2)));
    }

    @Test
    void aRuleSetsItsOwnEscalationLadder() {
        List<ResponseRule> edited = new ArrayList<>(rules.rules("home-decoration"));
        for (int i = 0; i < edited.size(); i++) {
            ResponseRule r = edited.get(i);
            if (r.issueType() == IssueType.COMPLAINT && r.urgency() == Urgency.URGENT) {
                edited.set(
                        i,
                        new ResponseRule(
                                true,
                                r.issueType(),
                                r.categoryId(),
                                r.urgency(),
                                r.stageId(),
                                r.customerTier(),
                                r.customerType(),
                                r.firstResponseMinutes(),
                                r.nextUpdateMinutes(),
                                r.resolutionMinutes(),
                                r.businessTime(),
                                10L,
                                5L));
            }
        }
        as.user("admin", () -> rules.save("home-decoration", rules.version("home-decoration"), edited));
        CustomerDetails customer = fixture.customer("SH-HOME", "邹" + WorkspaceFixture.marker());
        IssueDetails issue = urgentComplaint(customer, "阳台门漏风");
        Instant due = deadline(issue, "FIRST_RESPONSE").due();
        assertThat(sweep.dueAlerts(due.minus(Duration.ofMinutes(11)), 10_000)).doesNotContain(issue.id());
        assertThat(sweep.dueAlerts(due.minus(Duration.ofMinutes(10)), 10_000)).contains(issue.id());
        // the default ladder of a 2 h target would warn 30 minutes ahead
        ResponseRule negative = new ResponseRule(
                true, IssueType.COMPLAINT, null, Urgency.URGENT, null, null, null, 60L, null, null, false, -1L, null);
        assertThat(negative.errors()).contains("rules.error.ladder-negative");
    }

    @Test
    void aContactBeforeTheIssueWasRaisedIsNoResponseToIt() {
        CustomerDetails customer = fixture.customer("SH-HOME", "早" + WorkspaceFixture.marker());
        TestClock.advance(Duration.ofHours(-1));
        IssueDetails issue =
                fixture.issue(customer, "来电报修后立案", IssueType.REPAIR_REQUEST, "after-sales", Urgency.URGENT);
        TestClock.reset();
        Instant raised = as.user("admin", () -> queries.get(issue.id())).createdAt();
        // the call the issue was raised from, filed under it afterwards: it took place before the issue existed
        as.user(
                "agent",
                () -> log.record(new NewLogEntry(
                        customer.id(),
                        null,
                        issue.id(),
                        raised.minus(Duration.ofMinutes(20)),
                        null,
                        Channel.PHONE,
                        null,
                        "客户来电报修渗水",
                        null,
                        null,
                        false)));
        Deadline first = deadline(as.user("admin", () -> queries.get(issue.id())), "FIRST_RESPONSE");
        assertThat(first.metAt()).as("no response before the issue was raised").isNull();

        Instant called = raised.plus(Duration.ofMinutes(30));
        as.user(
                "agent",
                () -> log.record(new NewLogEntry(
                        customer.id(),
                        null,
                        issue.id(),
                        called,
                        null,
                        Channel.PHONE,
                        null,
                        "回电告知处理方案",
                        null,
                        null,
                        false)));
        assertThat(deadline(as.user("admin", () -> queries.get(issue.id())), "FIRST_RESPONSE")
                        .metAt())
                .isEqualTo(called);
    }

    @Test
    void theSweepFindsExactlyTheBreachedIssuesAndClimbsTheLadderOnce() {
        String marker = WorkspaceFixture.marker();
        CustomerDetails customer = fixture.customer("SH-HOME", "蔡" + marker);
        TestClock.advance(Duration.ofHours(-3));
        IssueDetails old1 = as.user(
                "admin",
                () -> issues.assign(urgentComplaint(customer, marker + " 旧一").id(), 1, "agent"));
        IssueDetails old2 = urgentComplaint(customer, marker + " 旧二");
        TestClock.reset();
        IssueDetails fresh = urgentComplaint(customer, marker + " 新");
        GridQuery mine = GridQuery.empty().withFilter("customer", new ColumnFilter.Text("蔡" + marker));

        assertThat(as.user("admin", () -> queries.page(mine.choice("due", "breached"), 0, 50)))
                .extracting(IssueDetails::id)
                .containsExactlyInAnyOrder(old1.id(), old2.id());
        assertThat(as.user("admin", () -> queries.page(mine.choice("due", "on-track"), 0, 50)))
                .extracting(IssueDetails::id)
                .containsExactly(fresh.id());
        List<Long> due = sweep.dueAlerts(clock.instant(), 10_000);
        assertThat(due).contains(old1.id(), old2.id()).doesNotContain(fresh.id());

        for (int run = 0; run < 3; run++) {
            sweep.run(clock.instant());
        }
        assertThat(sweep.run(clock.instant()))
                .as("a fourth run has nothing left to send for them")
                .isZero();
        List<NotificationItem> sent = notifications.ofIssue(old1.id());
        // their deadlines had passed when the sweep came: no warning that they "are due" at a past moment, the
        // breach notice instead, then the escalation
        assertThat(sent).extracting(NotificationItem::kind).containsOnly("SLA_BREACH", "SLA_ESCALATION");
        assertThat(sent)
                .filteredOn(n -> n.kind().equals("SLA_BREACH"))
                .extracting(NotificationItem::recipient)
                .containsExactlyInAnyOrder("manager", "agent");
        assertThat(sent)
                .filteredOn(n -> n.kind().equals("SLA_ESCALATION"))
                .extracting(NotificationItem::recipient)
                .containsExactly("admin");
        // the unassigned one tells the team leads
        assertThat(notifications.ofIssue(old2.id()))
                .extracting(NotificationItem::kind)
                .doesNotContain("SLA_WARNING");
        assertThat(notifications.ofIssue(old2.id()))
                .filteredOn(n -> n.kind().equals("SLA_BREACH"))
                .extracting(NotificationItem::recipient)
                .containsExactly("manager");

        // the fresh one, once in its warning window but before its due time, is warned of a moment still to come
        TestClock.advance(Duration.ofMinutes(110));
        sweep.run(clock.instant());
        assertThat(notifications.ofIssue(fresh.id()))
                .extracting(NotificationItem::kind)
                .containsExactly("SLA_WARNING");
        assertThat(deadline(as.user("admin", () -> queries.get(fresh.id())), "FIRST_RESPONSE")
                        .due())
                .isAfter(clock.instant());
        TestClock.reset();
        assertThat(as.user("admin", () -> queries.timeline(old1.id())))
                .filteredOn(e -> e.kind() == IssueEventKind.ESCALATION)
                .extracting(TimelineEntry::detail)
                .hasSize(2);
        assertThat(as.user("admin", () -> queries.page(mine.choice("due", "breached"), 0, 50)))
                .hasSize(2);
    }
}
