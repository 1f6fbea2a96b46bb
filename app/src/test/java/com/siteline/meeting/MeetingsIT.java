package com.siteline.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siteline.base.InvalidInputException;
import com.siteline.base.RefusedException;
import com.siteline.customer.CustomerDetails;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.organization.RunAs;
import com.siteline.plan.CommunicationPlan;
import com.siteline.plan.CommunicationPlans;
import com.siteline.plan.PlanTaskRow;
import com.siteline.plan.PlanTasks;
import com.siteline.plan.TaskState;
import com.siteline.portal.PortalAccess;
import com.siteline.portal.PortalMeetings;
import com.siteline.portal.PortalSession;
import com.siteline.project.ProjectCompleted;
import com.siteline.sdk.PlanLine;
import com.siteline.testsupport.PortalFixture;
import com.siteline.testsupport.SitelineSpringTest;
import com.siteline.testsupport.TestClock;
import com.siteline.testsupport.WorkspaceFixture;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Meetings on MariaDB: bad minutes refused field by field with nothing stored; published minutes reaching every
 * attendee (staff notified, the customer told and acknowledging in the portal) and holding the project's plan task of
 * a meeting and no other; an owners' committee's minutes refused to their organizer's review and to an agent,
 * reviewed by another manager, approved by the chair alone, then fulfilling the unit's obligation; a completed
 * project's post-project review planned, reminded once when overdue, and recorded.
 */
@SitelineSpringTest
class MeetingsIT {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    Meetings meetings;

    @Autowired
    PortalMeetings portalMeetings;

    @Autowired
    PlannedMeetings planned;

    @Autowired
    PortalAccess access;

    @Autowired
    CommunicationPlans plans;

    @Autowired
    PlanTasks tasks;

    @Autowired
    PortalFixture ground;

    @Autowired
    WorkspaceFixture fixture;

    @Autowired
    OrganizationService organization;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    RunAs as;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void clock() {
        jdbc.update(
                "delete from notification where created_at > ?",
                java.sql.Timestamp.from(Instant.now().plusSeconds(60)));
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

    private static LocalDateTime now() {
        return LocalDateTime.now(ZONE).withNano(0).minusMinutes(5);
    }

    private PortalSession signIn(String staff, long customerId) {
        as.user(staff, () -> access.invite(customerId));
        String token = ground.link(customerId);
        access.sendSignInCode(token, PortalFixture.BROWSER);
        return access.signIn(token, ground.code(customerId), PortalFixture.BROWSER);
    }

    @Test
    void publishedMinutesReachEveryAttendeeAndHoldTheProjectsMeetingTask() {
        var g = ground.atInspection("会议纪要" + WorkspaceFixture.marker());
        long projectId = g.project().id();
        long customerId = g.customer().id();
        CommunicationPlan draft = as.user("pm", () -> plans.draft(projectId, Locale.SIMPLIFIED_CHINESE));
        CommunicationPlan reviewed = as.user("pm", () -> plans.submit(draft.id(), draft.version()));
        as.user("manager", () -> plans.approve(reviewed.id(), reviewed.version()));

        NewMeeting bad = new NewMeeting(
                null,
                MeetingKind.STAGE_ACCEPTANCE,
                " ",
                now().plusDays(1),
                null,
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                null,
                null,
                " ",
                null);
        assertThatThrownBy(() -> as.user("pm", () -> meetings.record(null, projectId, bad)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.named())
                                .extracting(p -> p.field())
                                .containsExactly(
                                        NewMeeting.Field.TITLE,
                                        NewMeeting.Field.HELD_AT,
                                        NewMeeting.Field.STAFF_PRESENT,
                                        NewMeeting.Field.MINUTES));
        assertThat(jdbc.queryForObject("select count(*) from meeting where project_id = ?", Integer.class, projectId))
                .isZero();

        MeetingView meeting = as.user(
                "pm",
                () -> meetings.record(
                        null,
                        projectId,
                        new NewMeeting(
                                null,
                                MeetingKind.STAGE_ACCEPTANCE,
                                "三方进场交底会",
                                now(),
                                "现场",
                                Set.of("pm"),
                                Set.of("agent"),
                                Set.of(customerId),
                                Set.of(),
                                null,
                                "核对尺寸",
                                "各方确认交底内容。",
                                "按现场尺寸施工")));
        assertThat(meeting.state()).isEqualTo(MeetingState.DRAFT);
        assertThat(refusal(() -> as.user("agent", () -> meetings.publish(meeting.id(), meeting.version()))))
                .isEqualTo("meeting.refused.not-organizer");
        MeetingView published = as.user("pm", () -> meetings.publish(meeting.id(), meeting.version()));
        assertThat(published.state()).isEqualTo(MeetingState.PUBLISHED);
        assertThat(jdbc.queryForList(
                        "select recipient from notification where dedup_key like ? order by recipient",
                        String.class,
                        "minutes-" + meeting.id() + "-%"))
                .containsExactly("agent", "pm");
        assertThat(jdbc.queryForObject(
                        "select count(*) from customer_message where customer_id = ? and kind = 'PORTAL_MINUTES'",
                        Integer.class,
                        customerId))
                .isEqualTo(1);
        // the plan's meeting line is held by it; the lines held by log entries and reports are not
        List<PlanTaskRow> planTasks = as.user("pm", () -> tasks.ofProject(projectId));
        assertThat(planTasks)
                .filteredOn(t -> t.recordKind() == PlanLine.HeldBy.MEETING)
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.lineKey()).isEqualTo("site-handover");
                    assertThat(t.state()).isEqualTo(TaskState.HELD);
                    assertThat(t.recordId()).isEqualTo(meeting.id());
                });
        assertThat(planTasks).filteredOn(t -> t.state() != TaskState.OPEN).hasSize(1);

        // the customer reads the minutes in the portal (their receipt) and acknowledges them
        PortalSession session = signIn("pm", customerId);
        assertThat(portalMeetings.needs(session)).extracting(n -> n.id()).containsExactly(meeting.id());
        assertThat(portalMeetings.open(session, meeting.id(), PortalFixture.BROWSER))
                .isPresent();
        assertThat(as.user("pm", () -> meetings.get(meeting.id())).receivedCount())
                .isEqualTo(1);
        portalMeetings.acknowledge(session, meeting.id(), PortalFixture.BROWSER);
        assertThat(portalMeetings.needs(session)).isEmpty();
        as.user("pm", () -> meetings.acknowledge(meeting.id()));
        MeetingView after = as.user("pm", () -> meetings.get(meeting.id()));
        assertThat(after.attendees())
                .extracting(a -> a.username() != null ? a.username() : "customer", a -> a.acknowledgedAt() != null)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("pm", true),
                        org.assertj.core.groups.Tuple.tuple("agent", false),
                        org.assertj.core.groups.Tuple.tuple("customer", true));
        assertThat(jdbc.queryForObject(
                        "select count(*) from portal_event where customer_id = ? and kind = 'MINUTES_ACKNOWLEDGED'",
                        Integer.class,
                        customerId))
                .isEqualTo(1);
        // another customer's minutes stay closed to them
        var other = ground.atInspection("别的业主" + WorkspaceFixture.marker());
        PortalSession stranger = signIn("pm", other.customer().id());
        assertThat(portalMeetings.open(stranger, meeting.id(), PortalFixture.BROWSER))
                .isEmpty();
    }

    @Test
    void ownersCommitteeMinutesAreReviewedByAnotherManagerAndApprovedByTheChairAlone() {
        if (!organization.userExists("mtg-manager")) {
            as.system(() -> organization.createUser(
                    "mtg-manager", "经理 会议", "manager-pass-2026", Set.of(Role.MANAGER), List.of("BJ-PROPERTY")));
        }
        long unit = fixture.unit("BJ-PROPERTY");
        CustomerDetails chair = fixture.customer("BJ-PROPERTY", "业委会主任" + WorkspaceFixture.marker());
        CustomerDetails member = fixture.customer("BJ-PROPERTY", "业委会委员" + WorkspaceFixture.marker());
        LocalDate today = LocalDate.now(ZONE);
        Long openTask = jdbc
                .queryForList(
                        "select id from obligation_task where business_unit_id = ? and obligation_id = 'owners-committee'"
                                + " and state = 'OPEN' and period_first <= ? and period_last >= ?",
                        Long.class,
                        unit,
                        today,
                        today)
                .stream()
                .findFirst()
                .orElse(null);
        NewMeeting noChair = new NewMeeting(
                unit,
                MeetingKind.OWNERS_COMMITTEE,
                "业委会例会",
                now(),
                "会所",
                Set.of("manager"),
                Set.of(),
                Set.of(chair.id(), member.id()),
                Set.of(),
                null,
                null,
                "纪要",
                null);
        assertThatThrownBy(() -> as.user("manager", () -> meetings.record(null, null, noChair)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsExactly("meeting.error.chair"));
        MeetingView meeting = as.user(
                "manager",
                () -> meetings.record(
                        null,
                        null,
                        new NewMeeting(
                                unit,
                                MeetingKind.OWNERS_COMMITTEE,
                                "业委会例会",
                                now(),
                                "会所",
                                Set.of("manager"),
                                Set.of(),
                                Set.of(chair.id(), member.id()),
                                Set.of(),
                                chair.id(),
                                null,
                                "物业通报季度工作。",
                                "车库照明两周内修好")));
        MeetingView inReview = as.user("manager", () -> meetings.publish(meeting.id(), meeting.version()));
        assertThat(inReview.state()).isEqualTo(MeetingState.IN_REVIEW);
        assertThat(refusal(() -> as.user("manager", () -> meetings.review(inReview.id(), inReview.version()))))
                .isEqualTo("meeting.refused.own");
        assertThatThrownBy(() -> as.user("agent", () -> meetings.review(inReview.id(), inReview.version())))
                .isInstanceOf(AccessDeniedException.class);
        MeetingView reviewed = as.user("mtg-manager", () -> meetings.review(inReview.id(), inReview.version()));
        assertThat(reviewed.state()).isEqualTo(MeetingState.REVIEWED);
        // nobody was told the minutes yet but the chair, asked to approve them
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification where dedup_key like ?",
                        Integer.class,
                        "minutes-" + meeting.id() + "-%"))
                .isZero();
        PortalSession memberSession = signIn("manager", member.id());
        assertThat(refusal(() -> portalMeetings.approve(memberSession, meeting.id(), PortalFixture.BROWSER)))
                .isEqualTo("meeting.refused.not-chair");
        PortalSession chairSession = signIn("manager", chair.id());
        assertThat(portalMeetings.needs(chairSession))
                .extracting(n -> n.kind().name())
                .containsExactly("MINUTES_APPROVAL");
        MeetingView approved = portalMeetings.approve(chairSession, meeting.id(), PortalFixture.BROWSER);
        assertThat(approved.state()).isEqualTo(MeetingState.PUBLISHED);
        assertThat(portalMeetings.needs(memberSession))
                .extracting(n -> n.kind().name())
                .containsExactly("MINUTES");
        if (openTask != null) {
            assertThat(jdbc.queryForMap(
                            "select state, fulfilled_by, fulfilment_ref from obligation_task where id = ?", openTask))
                    .containsEntry("state", "DONE")
                    .containsEntry("fulfilled_by", "MEETING");
        }
    }

    @Test
    void aCompletedProjectsReviewIsPlannedRemindedOnceWhenOverdueAndRecorded() {
        var g = ground.atInspection("项目评估" + WorkspaceFixture.marker());
        long projectId = g.project().id();
        Instant completed = Instant.now();
        new TransactionTemplate(transactions)
                .executeWithoutResult(tx -> as.user(
                        "pm",
                        () -> publisher.publishEvent(new ProjectCompleted(
                                projectId,
                                g.project().name(),
                                g.customer().id(),
                                g.customer().name(),
                                g.project().businessUnitId(),
                                "home-decoration",
                                "agent",
                                completed))));
        MeetingView planned = as.user("pm", () -> meetings.ofProject(projectId)).getFirst();
        assertThat(planned.state()).isEqualTo(MeetingState.PLANNED);
        assertThat(planned.kind()).isEqualTo(MeetingKind.POST_PROJECT_REVIEW);
        assertThat(planned.dueOn())
                .isEqualTo(completed.atZone(ZONE).toLocalDate().plusDays(14));
        assertThat(planned.organizer()).isEqualTo("pm");
        TestClock.advance(Duration.ofDays(16));
        as.system(this.planned::remind);
        as.system(this.planned::remind);
        assertThat(jdbc.queryForList(
                        "select recipient from notification where dedup_key = ?",
                        String.class,
                        "meeting-overdue-" + planned.id()))
                .containsExactly("pm");
        TestClock.reset();
        MeetingView held = as.user(
                "pm",
                () -> meetings.record(
                        planned.id(),
                        projectId,
                        new NewMeeting(
                                null,
                                MeetingKind.POST_PROJECT_REVIEW,
                                "项目结束后评估会议",
                                now(),
                                "公司会议室",
                                Set.of("pm", "agent"),
                                Set.of(),
                                Set.of(),
                                Set.of(),
                                null,
                                null,
                                "回顾进度与客户反馈。",
                                "节点验收通知提前至三天")));
        assertThat(held.id()).isEqualTo(planned.id());
        assertThat(held.state()).isEqualTo(MeetingState.DRAFT);
        assertThat(held.dueOn()).isEqualTo(planned.dueOn());
        assertThat(refusal(() -> as.user(
                        "pm",
                        () -> meetings.record(
                                planned.id(),
                                projectId,
                                new NewMeeting(
                                        null,
                                        MeetingKind.POST_PROJECT_REVIEW,
                                        "再记一次",
                                        now(),
                                        null,
                                        Set.of("pm"),
                                        Set.of(),
                                        Set.of(),
                                        Set.of(),
                                        null,
                                        null,
                                        "纪要",
                                        null)))))
                .isEqualTo("meeting.refused.state");
    }
}
