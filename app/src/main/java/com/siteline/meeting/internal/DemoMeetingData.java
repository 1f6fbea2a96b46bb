package com.siteline.meeting.internal;

import com.siteline.base.Actors;
import com.siteline.base.CustomerActor;
import com.siteline.meeting.ActionDraft;
import com.siteline.meeting.CustomerMeetings;
import com.siteline.meeting.MeetingKind;
import com.siteline.meeting.MeetingView;
import com.siteline.meeting.Meetings;
import com.siteline.meeting.NewMeeting;
import com.siteline.organization.RunAs;
import com.siteline.plan.HeldRecord;
import com.siteline.plan.PlanTasks;
import com.siteline.plan.TaskState;
import com.siteline.project.ProjectCompleted;
import com.siteline.sdk.PlanLine;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo meetings, after the communication plans: 静安寺公寓's site handover meeting, held two days after its plan's day
 * (its task held late, matched by its project manager), its minutes acknowledged by the owner in the portal and by the
 * project manager, not yet by the agent, with an action item open and one done; 滨江花园's owners' committee meeting of
 * three days ago, its minutes reviewed by the manager and waiting for the chair's approval; a completed project's
 * post-project review planned and overdue.
 */
@Component
@Profile("demo")
@Order(9)
class DemoMeetingData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoMeetingData.class);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final MeetingRepository rows;
    private final Meetings meetings;
    private final com.siteline.meeting.PlannedMeetings planned;
    private final CustomerMeetings customerMeetings;
    private final PlanTasks tasks;
    private final RunAs as;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoMeetingData(
            MeetingRepository rows,
            Meetings meetings,
            com.siteline.meeting.PlannedMeetings planned,
            CustomerMeetings customerMeetings,
            PlanTasks tasks,
            RunAs as,
            JdbcTemplate jdbc,
            Clock clock) {
        this.rows = rows;
        this.meetings = meetings;
        this.planned = planned;
        this.customerMeetings = customerMeetings;
        this.tasks = tasks;
        this.as = as;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (rows.count() > 0) {
            return;
        }
        try {
            handover();
            committee();
            review();
        } catch (RuntimeException e) {
            log.warn("Demo meetings not complete", e);
        }
        log.info("Demo meetings: {}", rows.count());
    }

    private void handover() {
        Optional<Map<String, Object>> project = jdbc
                .queryForList(
                        "select p.id, p.customer_id, p.business_unit_id, e.at from project p join project_stage_event e"
                                + " on e.project_id = p.id and e.to_stage = 'site-handover' where p.name = ?",
                        "静安寺公寓 12-1803 全屋翻新")
                .stream()
                .findFirst();
        if (project.isEmpty()) {
            return;
        }
        long projectId = ((Number) project.get().get("id")).longValue();
        long customerId = ((Number) project.get().get("customer_id")).longValue();
        long unitId = ((Number) project.get().get("business_unit_id")).longValue();
        Instant entered = ((Timestamp) project.get().get("at")).toInstant();
        LocalDateTime held = entered.atZone(ZONE).toLocalDate().plusDays(5).atTime(9, 30);
        if (held.atZone(ZONE).toInstant().isAfter(clock.instant())) {
            return;
        }
        MeetingView meeting = as.user(
                "pm",
                () -> meetings.record(
                        null,
                        projectId,
                        new NewMeeting(
                                null,
                                MeetingKind.STAGE_ACCEPTANCE,
                                "三方进场交底会",
                                held,
                                "静安寺公寓 12-1803 现场",
                                Set.of("pm", "agent"),
                                Set.of(),
                                Set.of(customerId),
                                Set.of(),
                                null,
                                "1. 核对现场尺寸与设计图纸差异\n2. 确认水电点位\n3. 明确成品保护范围",
                                "业主刘女士、项目经理张伟、客服李娜到场。现场核对尺寸与图纸，主卧窗台比图纸低 3 cm，设计同意按现场调整；"
                                        + "厨房插座增加两处，卫生间防水高度按淋浴区 1.8 m、其余 0.3 m 执行；入户门、电梯厅做成品保护。",
                                "按现场尺寸调整主卧飘窗柜；厨房增加两处插座，费用计入变更单；各方签字确认交底记录。")));
        MeetingView published = as.user("pm", () -> meetings.publish(meeting.id(), meeting.version()));
        as.user(
                "pm",
                () -> meetings.addAction(
                        published.id(),
                        new ActionDraft(
                                "出具厨房插座变更单并请业主确认", "pm", held.toLocalDate().plusDays(3))));
        MeetingView withActions = as.user(
                "pm",
                () -> meetings.addAction(
                        published.id(),
                        new ActionDraft(
                                "补充卫生间防水高度说明发至业主群",
                                "agent",
                                LocalDate.now(clock.withZone(ZONE)).plusDays(3))));
        MeetingView.Action first = withActions.actions().getFirst();
        as.user("pm", () -> meetings.actionDone(first.id(), first.version()));
        as.user("pm", () -> meetings.acknowledge(published.id()));
        Actors.runAs(
                new CustomerActor(customerId, unitId).authentication(),
                () -> customerMeetings.acknowledge(customerId, published.id()));
        // published two days after its stage's day: the plan task is held late, matched by its owner
        jdbc.update(
                "update meeting set published_at = ?, created_at = ? where id = ?",
                Timestamp.from(held.plusHours(6).atZone(ZONE).toInstant()),
                Timestamp.from(held.plusHours(5).atZone(ZONE).toInstant()),
                published.id());
        jdbc.update(
                "update meeting_attendee set opened_at = ?, acknowledged_at = ? where meeting_id = ?"
                        + " and acknowledged_at is not null",
                Timestamp.from(held.plusDays(1).atZone(ZONE).toInstant()),
                Timestamp.from(held.plusDays(1).atZone(ZONE).toInstant()),
                published.id());
        as.user(
                "pm",
                () -> tasks.ofProject(projectId).stream()
                        .filter(t -> t.state() == TaskState.OPEN && t.heldBy() == PlanLine.HeldBy.MEETING)
                        .forEach(t -> tasks.candidates(t.id()).stream()
                                .map(HeldRecord::id)
                                .findFirst()
                                .ifPresent(record -> tasks.hold(t.id(), t.version(), record))));
    }

    private void committee() {
        Optional<Long> unit =
                jdbc.queryForList("select id from business_unit where code = 'BJ-PROPERTY'", Long.class).stream()
                        .findFirst();
        if (unit.isEmpty()) {
            return;
        }
        List<Long> owners = jdbc.queryForList(
                "select id from customer where business_unit_id = ? order by id limit 5", Long.class, unit.get());
        if (owners.size() < 3) {
            return;
        }
        LocalDateTime held = LocalDate.now(clock.withZone(ZONE)).minusDays(3).atTime(19, 0);
        MeetingView meeting = as.user(
                "admin",
                () -> meetings.record(
                        null,
                        null,
                        new NewMeeting(
                                unit.get(),
                                MeetingKind.OWNERS_COMMITTEE,
                                "业主委员会第四季度例会",
                                held,
                                "滨江花园会所二楼会议室",
                                Set.of("admin", "manager"),
                                Set.of(),
                                Set.copyOf(owners.subList(0, owners.size() - 1)),
                                Set.of(owners.getLast()),
                                owners.getFirst(),
                                "1. 地下车库照明与排水\n2. 电梯年检安排\n3. 第四季度投诉汇总通报",
                                "物业通报第四季度投诉 12 件，均已处理完毕，平均响应 3.2 小时；业委会委员对地下车库照明不足、雨天排水慢提出意见。"
                                        + "电梯年检定于下月第二周，分楼栋错峰进行，提前三天公告。",
                                "物业两周内完成车库照明维修；排水沟清淤纳入月度计划；年检公告由物业起草、业委会审阅后张贴。")));
        as.user(
                "admin",
                () -> meetings.addAction(
                        meeting.id(),
                        new ActionDraft(
                                "完成地下车库照明维修并拍照公示", "manager", held.toLocalDate().plusDays(14))));
        MeetingView submitted = as.user(
                "admin",
                () -> meetings.publish(meeting.id(), meetings.get(meeting.id()).version()));
        as.user("manager", () -> meetings.review(submitted.id(), submitted.version()));
    }

    private void review() {
        jdbc
                .queryForList("select id, name, customer_id, customer_name, business_unit_id, variant_id, completed_at"
                        + " from project where completed_at is not null order by completed_at limit 1")
                .stream()
                .findFirst()
                .ifPresent(p -> as.system(() -> planned.on(new ProjectCompleted(
                        ((Number) p.get("id")).longValue(),
                        (String) p.get("name"),
                        p.get("customer_id") == null ? null : ((Number) p.get("customer_id")).longValue(),
                        (String) p.get("customer_name"),
                        ((Number) p.get("business_unit_id")).longValue(),
                        (String) p.get("variant_id"),
                        "agent",
                        ((Timestamp) p.get("completed_at")).toInstant()))));
    }
}
