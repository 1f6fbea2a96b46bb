package com.siteline.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siteline.base.InvalidInputException;
import com.siteline.base.RefusedException;
import com.siteline.communication.CommunicationService;
import com.siteline.communication.NewLogEntry;
import com.siteline.customer.Channel;
import com.siteline.organization.RunAs;
import com.siteline.portal.WeeklyReports;
import com.siteline.portal.internal.ProgressReport;
import com.siteline.sdk.PlanLine;
import com.siteline.testsupport.PortalFixture;
import com.siteline.testsupport.SitelineSpringTest;
import com.siteline.testsupport.TestClock;
import com.siteline.testsupport.WorkspaceFixture;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Communication plans on MariaDB, each test on a home-decoration project of its own at its node inspections (project
 * manager pm, agent agent, unit manager manager): the approval chain and its refusals; tasks made once per period
 * across two nodes; each kind of record holding its own task and no other; a late weekly report; the ladder once
 * per step.
 */
@SitelineSpringTest
class CommunicationPlansIT {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    CommunicationPlans plans;

    @Autowired
    PlanTasks tasks;

    @Autowired
    PlanLadder ladder;

    @Autowired
    PlanSchedule schedule;

    @Autowired
    PortalFixture ground;

    @Autowired
    CommunicationService communications;

    @Autowired
    WeeklyReports weekly;

    @Autowired
    RunAs as;

    @Autowired
    com.siteline.project.StageGates gates;

    @Autowired
    com.siteline.project.ProjectService projectService;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void clock() {
        // the ladder ran with the clock moved on: its notices (to every overdue task's people, the demo's too) are
        // dated in the future and would stand first in other tests' bells
        jdbc.update(
                "delete from notification where created_at > ?",
                java.sql.Timestamp.from(java.time.Instant.now().plusSeconds(60)));
        TestClock.reset();
    }

    private static String refusal(Runnable step) {
        try {
            step.run();
        } catch (RefusedException e) {
            return e.message().key();
        }
        throw new AssertionError("not refused");
    }

    private CommunicationPlan inForce(long projectId) {
        CommunicationPlan draft = as.user("pm", () -> plans.draft(projectId, Locale.SIMPLIFIED_CHINESE));
        CommunicationPlan submitted = as.user("pm", () -> plans.submit(draft.id(), draft.version()));
        assertThat(submitted.state())
                .as("the lead's own submission is reviewed")
                .isEqualTo(PlanState.REVIEWED);
        return as.user("manager", () -> plans.approve(submitted.id(), submitted.version()));
    }

    private Map<String, PlanTaskRow> openTasks(long projectId) {
        return as.user("pm", () -> tasks.ofProject(projectId)).stream()
                .collect(java.util.stream.Collectors.toMap(
                        PlanTaskRow::lineKey, t -> t, (newer, older) -> older, java.util.LinkedHashMap::new));
    }

    @Test
    void theLeadReviewsAManagerApprovesAndNobodyApprovesTheirOwnOrAboveTheirLevel() {
        long projectId = ground.atInspection("计划审批" + WorkspaceFixture.marker())
                .project()
                .id();
        CommunicationPlan draft = as.user("agent", () -> plans.draft(projectId, Locale.SIMPLIFIED_CHINESE));
        assertThat(draft.lines())
                .extracting(PlanLineView::key)
                .containsExactly(
                        "design-progress",
                        "site-handover",
                        "weekly-report",
                        "node-inspection-notice",
                        "node-inspection-record");
        assertThat(refusal(() -> as.user("pm", () -> plans.draft(projectId, Locale.SIMPLIFIED_CHINESE))))
                .isEqualTo("plan.refused.working");

        // a bad line: every field named, nothing stored
        PlanLineDraft bad = new PlanLineDraft(
                " ",
                "x".repeat(1001),
                Set.of(),
                PlanLine.HeldBy.LOG_ENTRY,
                Channel.OTHER,
                PlanLine.Trigger.STAGE_ENTERED,
                null,
                Set.of(),
                "nowhere",
                91,
                "nobody",
                false);
        assertThatThrownBy(() -> as.user("agent", () -> plans.saveLine(draft.id(), draft.version(), null, bad)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.named())
                                .extracting(p -> p.field())
                                .containsExactly(
                                        PlanLineDraft.Field.GOAL,
                                        PlanLineDraft.Field.CONTENT,
                                        PlanLineDraft.Field.AUDIENCE,
                                        PlanLineDraft.Field.CHANNEL,
                                        PlanLineDraft.Field.STAGE,
                                        PlanLineDraft.Field.WITHIN_DAYS,
                                        PlanLineDraft.Field.OWNER));
        PlanLineDraft second = draft.lines().get(2).draft();
        assertThatThrownBy(() -> as.user("agent", () -> plans.saveLine(draft.id(), draft.version(), null, second)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsExactly("plan.error.one-report"));
        assertThat(as.user("agent", () -> plans.working(projectId)).orElseThrow())
                .satisfies(p -> assertThat(p.lines()).hasSize(5))
                .satisfies(p -> assertThat(p.version()).isEqualTo(draft.version()));

        CommunicationPlan added = as.user(
                "agent",
                () -> plans.saveLine(
                        draft.id(),
                        draft.version(),
                        null,
                        new PlanLineDraft(
                                "材料进场前确认",
                                "主材品牌、规格与进场时间",
                                Set.of("CUSTOMER"),
                                PlanLine.HeldBy.LOG_ENTRY,
                                Channel.PHONE,
                                PlanLine.Trigger.STAGE_ENTERED,
                                null,
                                Set.of(),
                                "preparation",
                                2,
                                "agent",
                                true)));
        assertThat(added.lines()).hasSize(6).last().satisfies(l -> {
            assertThat(l.key()).isEqualTo("line-6");
            assertThat(l.owner()).isEqualTo("agent");
        });
        CommunicationPlan submitted = as.user("agent", () -> plans.submit(added.id(), added.version()));
        assertThat(submitted.state()).isEqualTo(PlanState.SUBMITTED);
        assertThat(refusal(() -> as.user("agent", () -> plans.review(submitted.id(), submitted.version()))))
                .isEqualTo("plan.refused.not-lead");
        assertThat(refusal(() -> as.user("manager", () -> plans.approve(submitted.id(), submitted.version()))))
                .as("approval comes after the review")
                .isEqualTo("plan.refused.state");
        CommunicationPlan reviewed = as.user("pm", () -> plans.review(submitted.id(), submitted.version()));
        assertThatThrownBy(() -> as.user("pm", () -> plans.approve(reviewed.id(), reviewed.version())))
                .as("a project manager is below the approving level")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.user("agent", () -> plans.approve(reviewed.id(), reviewed.version())))
                .isInstanceOf(AccessDeniedException.class);
        CommunicationPlan approved = as.user("manager", () -> plans.approve(reviewed.id(), reviewed.version()));
        assertThat(approved.state()).isEqualTo(PlanState.IN_FORCE);
        assertThat(approved.approvedBy()).isEqualTo("manager");

        // the manager drafts version 2: the lead reviews it, and the manager cannot approve their own
        CommunicationPlan v2 = as.user("manager", () -> plans.draft(projectId, Locale.SIMPLIFIED_CHINESE));
        assertThat(v2.planVersion()).isEqualTo(2);
        assertThat(v2.lines()).extracting(PlanLineView::key).contains("line-6");
        CommunicationPlan v2Submitted = as.user("manager", () -> plans.submit(v2.id(), v2.version()));
        CommunicationPlan v2Reviewed = as.user("pm", () -> plans.review(v2Submitted.id(), v2Submitted.version()));
        assertThat(refusal(() -> as.user("manager", () -> plans.approve(v2Reviewed.id(), v2Reviewed.version()))))
                .isEqualTo("plan.refused.own");
        assertThat(refusal(() ->
                        as.user("manager", () -> plans.returnToAuthor(v2Reviewed.id(), v2Reviewed.version(), " "))))
                .isEqualTo("plan.error.note");
        CommunicationPlan returned =
                as.user("manager", () -> plans.returnToAuthor(v2Reviewed.id(), v2Reviewed.version(), "请补充节点验收后的书面确认"));
        assertThat(returned.state()).isEqualTo(PlanState.DRAFT);
        assertThat(returned.reviewedBy()).isNull();
        assertThat(as.user("pm", () -> plans.inForce(projectId)).orElseThrow().planVersion())
                .isEqualTo(1);
    }

    @Test
    void twoNodesMakeEachTaskOnceAndEachRecordHoldsItsOwnTaskAndNoOther() throws Exception {
        long projectId = ground.atInspection("计划任务" + WorkspaceFixture.marker())
                .project()
                .id();
        inForce(projectId);
        twoNodes(() -> as.system(() -> schedule.reconcile(projectId)));
        twoNodes(() -> as.system(() -> schedule.reconcile(projectId)));
        // the project entered every stage today: one task per line, each made once
        assertThat(jdbc.queryForList(
                        "select line_key from comm_task where project_id = ? order by line_key",
                        String.class,
                        projectId))
                .containsExactly("design-progress", "node-inspection-notice", "site-handover", "weekly-report");
        Map<String, PlanTaskRow> open = openTasks(projectId);
        LocalDate today = LocalDate.now(TestClock.INSTANCE.withZone(ZONE));
        assertThat(open.get("weekly-report").periodFirst()).isEqualTo(today.with(DayOfWeek.MONDAY));
        assertThat(open.get("node-inspection-notice").dueOn()).isEqualTo(today.plusDays(1));
        assertThat(open.values()).allMatch(t -> t.state() == TaskState.OPEN);

        long customerId = jdbc.queryForObject("select customer_id from project where id = ?", Long.class, projectId);
        // a visit: no line asks for one
        long visit = log(customerId, projectId, Channel.VISIT);
        // a phone call: the node inspection notice, not the design update (WeChat) nor the handover meeting
        long call = log(customerId, projectId, Channel.PHONE);
        // the weekly report of this week
        ProgressReport report = as.user(
                "pm",
                () -> weekly.sendReport(projectId, today.with(DayOfWeek.MONDAY), "本周完成水电验收。", "请确认墙砖样板。", List.of()));
        Map<String, PlanTaskRow> after = openTasks(projectId);
        assertThat(after.get("node-inspection-notice").state()).isEqualTo(TaskState.HELD);
        assertThat(after.get("node-inspection-notice").recordId()).isEqualTo(call);
        assertThat(after.get("weekly-report").state()).isEqualTo(TaskState.HELD);
        assertThat(after.get("weekly-report").recordKind()).isEqualTo(PlanLine.HeldBy.WEEKLY_REPORT);
        assertThat(after.get("weekly-report").recordId()).isEqualTo(report.id());
        assertThat(after.get("design-progress").state()).isEqualTo(TaskState.OPEN);
        assertThat(after.get("site-handover").state()).isEqualTo(TaskState.OPEN);
        assertThat(jdbc.queryForObject(
                        "select count(*) from comm_task where record_kind = 'LOG_ENTRY' and record_id in (?, ?)",
                        Integer.class,
                        visit,
                        call))
                .as("the visit holds nothing, the call one task")
                .isEqualTo(1);
        // a record held by a task is no candidate for another; a WeChat message is the design update's
        long wechat = log(customerId, projectId, Channel.WECHAT);
        assertThat(openTasks(projectId).get("design-progress").recordId()).isEqualTo(wechat);
        // plan vs. held recounted in SQL
        PlanTally tally = as.user("pm", () -> tasks.tally(projectId));
        assertThat(tally.planned())
                .isEqualTo(jdbc.queryForObject(
                        "select count(*) from comm_task where project_id = ? and state <> 'CANCELLED'",
                        Long.class,
                        projectId));
        assertThat(tally.onTime())
                .isEqualTo(jdbc.queryForObject(
                        "select count(*) from comm_task where project_id = ? and state = 'HELD'",
                        Long.class,
                        projectId));
        assertThat(tally.onTime()).isEqualTo(3);
        assertThat(tally.notDue()).isEqualTo(1);
    }

    @Test
    void theCustomersSignOffOfAStageMakesTheTaskOfTheLineThatWaitsForIt() {
        long projectId = ground.atInspection("签字触发" + WorkspaceFixture.marker())
                .project()
                .id();
        inForce(projectId);
        as.system(() -> schedule.reconcile(projectId));
        assertThat(openTasks(projectId)).doesNotContainKey("node-inspection-record");
        long version = as.user("pm", () -> projectService.get(projectId)).version();
        // signing commits, then the plan's tasks are made for the project at once
        as.user("pm", () -> gates.signOff(projectId, version, "王先生"));
        LocalDate today = LocalDate.now(TestClock.INSTANCE.withZone(ZONE));
        assertThat(openTasks(projectId).get("node-inspection-record")).satisfies(t -> {
            assertThat(t.state()).isEqualTo(TaskState.OPEN);
            assertThat(t.periodFirst()).isEqualTo(today);
            assertThat(t.dueOn()).isEqualTo(today.plusDays(2));
        });
        as.system(() -> schedule.reconcile(projectId));
        assertThat(jdbc.queryForObject(
                        "select count(*) from comm_task where project_id = ? and line_key = 'node-inspection-record'",
                        Integer.class,
                        projectId))
                .isEqualTo(1);
    }

    @Test
    void aWeekWithoutItsReportIsOverdueClimbsTheLadderOnceAndTheLateReportHoldsItLate() {
        long projectId = ground.atInspection("计划逾期" + WorkspaceFixture.marker())
                .project()
                .id();
        inForce(projectId);
        LocalDate thisWeek = LocalDate.now(TestClock.INSTANCE.withZone(ZONE)).with(DayOfWeek.MONDAY);
        // next week's Tuesday morning, whatever the day and hour the test runs (eight days on from a Tuesday evening
        // in Shanghai were three working days past the week, the manager's step already)
        TestClock.advance(Duration.between(
                TestClock.INSTANCE.instant(),
                thisWeek.plusDays(8).atTime(10, 0).atZone(ZONE).toInstant()));
        as.system(() -> schedule.reconcile(projectId));
        PlanTaskRow missing = as.user("pm", () -> tasks.ofProject(projectId)).stream()
                .filter(t ->
                        t.lineKey().equals("weekly-report") && t.periodFirst().equals(thisWeek))
                .findFirst()
                .orElseThrow();
        LocalDate later = LocalDate.now(TestClock.INSTANCE.withZone(ZONE));
        assertThat(missing.overdue(later)).isTrue();
        as.system(ladder::escalate);
        as.system(ladder::escalate);
        assertThat(notices(missing.id())).containsExactly("PLAN_TASK_OVERDUE:pm");
        TestClock.advance(Duration.ofDays(7));
        as.system(ladder::escalate);
        as.system(ladder::escalate);
        // the project manager owns it: the step above goes to the unit's managers, once
        assertThat(notices(missing.id()))
                .startsWith("PLAN_TASK_OVERDUE:pm")
                .contains("PLAN_TASK_ESCALATION:manager")
                .doesNotHaveDuplicates()
                .allMatch(n -> n.equals("PLAN_TASK_OVERDUE:pm") || n.startsWith("PLAN_TASK_ESCALATION:"));

        // the report's draft speaks for the oldest week it owes; sent now, it holds that week late
        WeeklyReports.ReportDraft draft = as.user("pm", () -> weekly.draftReport(projectId, Locale.ENGLISH));
        assertThat(draft.weekStart()).isEqualTo(thisWeek);
        ProgressReport late =
                as.user("pm", () -> weekly.sendReport(projectId, draft.weekStart(), draft.body(), null, List.of()));
        PlanTaskRow held = as.user("pm", () -> tasks.get(missing.id()));
        assertThat(held.state()).isEqualTo(TaskState.LATE);
        assertThat(held.recordId()).isEqualTo(late.id());
        assertThat(as.user("pm", () -> tasks.tally(projectId)).late()).isEqualTo(1);
        // closing a held task again is refused; a missed one needs its reason
        assertThat(refusal(() -> as.user("pm", () -> tasks.miss(held.id(), held.version(), "客户出差"))))
                .isEqualTo("plan.refused.task-closed");
        PlanTaskRow next = as.user("pm", () -> tasks.ofProject(projectId)).stream()
                .filter(t -> t.state() == TaskState.OPEN && t.lineKey().equals("weekly-report"))
                .findFirst()
                .orElseThrow();
        assertThat(refusal(() -> as.user("pm", () -> tasks.miss(next.id(), next.version(), ""))))
                .isEqualTo("plan.error.miss-note");
        assertThat(refusal(() -> as.user("agent", () -> tasks.miss(next.id(), next.version(), "客户出差"))))
                .isEqualTo("plan.refused.not-owner");
        assertThat(as.user("pm", () -> tasks.miss(next.id(), next.version(), "业主出差两周，暂停汇报"))
                        .state())
                .isEqualTo(TaskState.MISSED);
    }

    private List<String> notices(long taskId) {
        return jdbc.queryForList(
                "select concat(kind, ':', recipient) from notification where dedup_key like ? order by id",
                String.class,
                "plan-task-" + taskId + "-%");
    }

    private long log(long customerId, long projectId, Channel channel) {
        return as.user(
                        "pm",
                        () -> communications.record(new NewLogEntry(
                                customerId,
                                projectId,
                                null,
                                TestClock.INSTANCE.instant().minusSeconds(60),
                                null,
                                channel,
                                "业主",
                                "沟通内容 " + channel,
                                null,
                                null,
                                false)))
                .id();
    }

    private static <T> void twoNodes(Callable<T> work) throws Exception {
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<T>> runs = List.of(nodes.submit(work), nodes.submit(work));
            runs.get(0).get();
            runs.get(1).get();
        } finally {
            nodes.shutdown();
        }
    }
}
