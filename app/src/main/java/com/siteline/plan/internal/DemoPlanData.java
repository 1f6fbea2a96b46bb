package com.siteline.plan.internal;

import com.siteline.communication.CommunicationService;
import com.siteline.communication.NewLogEntry;
import com.siteline.customer.Channel;
import com.siteline.organization.RunAs;
import com.siteline.plan.CommunicationPlan;
import com.siteline.plan.CommunicationPlans;
import com.siteline.plan.HeldRecord;
import com.siteline.plan.PlanLineView;
import com.siteline.plan.PlanTasks;
import com.siteline.plan.TaskState;
import com.siteline.project.ProjectService;
import com.siteline.project.ProjectSummary;
import com.siteline.sdk.PlanLine;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo communication plans, after the portal's demo walked the projects' stages. 静安寺公寓's plan (the variant's
 * default, drafted by its project manager and approved by the manager) has been in force since the project began: its
 * design updates held on WeChat (the last one late, matched by hand), the node inspection notice on time (the site
 * handover meeting's minutes come with the meetings' demo); its weekly reports (the portal's demo sent them, on time except
 * the week before last) hold their weeks' tasks, the week before last is overdue and this week's is due on Sunday. 古北新区's first plan was drafted by the agent and waits for the project
 * lead's review. 绿地香树花城 has none yet: its default plan waits to be adapted.
 */
@Component
@Profile("demo")
@Order(8)
class DemoPlanData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPlanData.class);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final CommPlanRepository plans;
    private final CommunicationPlans communicationPlans;
    private final PlanTasks tasks;
    private final com.siteline.plan.PlanLadder ladder;
    private final com.siteline.plan.PlanSchedule schedule;
    private final ProjectService projects;
    private final CommunicationService communications;
    private final RunAs as;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private Instant since;

    DemoPlanData(
            CommPlanRepository plans,
            CommunicationPlans communicationPlans,
            PlanTasks tasks,
            com.siteline.plan.PlanLadder ladder,
            com.siteline.plan.PlanSchedule schedule,
            ProjectService projects,
            CommunicationService communications,
            RunAs as,
            JdbcTemplate jdbc,
            Clock clock) {
        this.plans = plans;
        this.communicationPlans = communicationPlans;
        this.tasks = tasks;
        this.ladder = ladder;
        this.schedule = schedule;
        this.projects = projects;
        this.communications = communications;
        this.as = as;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (plans.count() > 0) {
            return;
        }
        try {
            project("静安寺公寓 12-1803 全屋翻新").ifPresent(id -> inForce(id, "pm", "pm"));
            project("12-2-1503 卫生间漏水维修").ifPresent(id -> inForce(id, "admin", "manager"));
            project("古北新区 3-502 厨卫改造")
                    .ifPresent(id -> as.user("agent", () -> {
                        CommunicationPlan plan = communicationPlans.draft(id, Locale.SIMPLIFIED_CHINESE);
                        communicationPlans.submit(plan.id(), plan.version());
                    }));
        } catch (RuntimeException e) {
            // a variant's plugin that is not running leaves its project without a plan
            log.warn("Demo communication plans not complete: {}", e.toString());
        }
        log.info(
                "Demo communication plans: {}; tasks: {}",
                plans.count(),
                jdbc.queryForObject("select count(*) from comm_task", Long.class));
    }

    private java.util.Optional<Long> project(String name) {
        return jdbc.queryForList("select id from project where name = ?", Long.class, name).stream()
                .findFirst();
    }

    /** The variant's default plan, drafted by the author, reviewed by the lead, approved by the manager. */
    private void inForce(long projectId, String author, String lead) {
        CommunicationPlan draft = as.user(author, () -> communicationPlans.draft(projectId, Locale.SIMPLIFIED_CHINESE));
        CommunicationPlan submitted = as.user(author, () -> communicationPlans.submit(draft.id(), draft.version()));
        CommunicationPlan reviewed = submitted.state() == com.siteline.plan.PlanState.REVIEWED
                ? submitted
                : as.user(lead, () -> communicationPlans.review(submitted.id(), submitted.version()));
        as.user("manager", () -> communicationPlans.approve(reviewed.id(), reviewed.version()));
        ProjectSummary project = as.user(lead, () -> projects.get(projectId));
        // in force since an hour after the project began: the tasks are made again from then
        Instant since = project.createdAt().plus(java.time.Duration.ofHours(1));
        this.since = since;
        jdbc.update(
                "update comm_plan set created_at = ?, submitted_at = ?, reviewed_at = ?, approved_at = ? where id = ?",
                ts(since.minusSeconds(7200)),
                ts(since.minusSeconds(3600)),
                ts(since.minusSeconds(3600)),
                ts(since),
                draft.id());
        jdbc.update("delete from comm_task where project_id = ?", projectId);
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        LocalDate from = since.atZone(ZONE).toLocalDate();
        List<TaskPeriods.Stay> stays =
                as.user(lead, () -> TaskPeriods.stays(project, projects.history(projectId), ZONE));
        for (PlanLineView line : draft.lines()) {
            List<TaskPeriods.Period> periods = TaskPeriods.of(line, from, stays, null, java.util.Map.of(), today);
            switch (line.key()) {
                case "design-progress" -> {
                    for (int i = 0; i < periods.size(); i++) {
                        TaskPeriods.Period p = periods.get(i);
                        boolean last = i == periods.size() - 1;
                        LocalDate onTime = p.first().plusDays(3).isBefore(from)
                                ? from
                                : p.first().plusDays(3);
                        LocalDate day = last ? p.last().plusDays(2) : onTime;
                        log(
                                project,
                                Channel.WECHAT,
                                day,
                                LocalTime.of(20, 15),
                                "在业主群发送本阶段设计进展：平面布局调整、主卧衣柜与书房书架深化图，业主确认方向，提出增加玄关收纳。");
                    }
                }
                case "node-inspection-notice" ->
                    periods.forEach(p -> log(
                            project,
                            Channel.PHONE,
                            p.first(),
                            LocalTime.of(15, 0),
                            "电话通知业主：下周二上午水电节点验收，请安排到场，验收标准已发至业主群。"));
                case "visit-notice" ->
                    periods.forEach(p -> log(
                            project,
                            Channel.PHONE,
                            p.first(),
                            LocalTime.of(10, 0),
                            "电话告知陈阿姨：维修师傅今天下午两点上门查看卫生间漏水，请家中留人。"));
                default -> {}
            }
        }
        as.system(() -> schedule.reconcile(projectId));
        // the late ones the automatic match could not place: their owner matches them by hand
        as.user(
                lead,
                () -> tasks.ofProject(projectId).stream()
                        .filter(t -> t.state() == TaskState.OPEN && t.heldBy() == PlanLine.HeldBy.LOG_ENTRY)
                        .forEach(t -> {
                            List<HeldRecord> candidates = tasks.candidates(t.id());
                            if (!candidates.isEmpty()) {
                                tasks.hold(
                                        t.id(),
                                        t.version(),
                                        candidates.getFirst().id());
                            }
                        }));
        as.system(ladder::escalate);
    }

    private void log(ProjectSummary project, Channel channel, LocalDate day, LocalTime time, String content) {
        Instant planned = day.atTime(time).atZone(ZONE).toInstant();
        // never before the plan came in force (nor so before the project began)
        Instant at = planned.isBefore(since) ? since.plusSeconds(1800) : planned;
        if (at.isAfter(clock.instant())) {
            return;
        }
        String user = project.team().projectManager();
        as.user(
                user,
                () -> communications.record(new NewLogEntry(
                        project.customerId(),
                        project.id(),
                        null,
                        at,
                        null,
                        channel,
                        project.customerName(),
                        content,
                        null,
                        null,
                        false)));
    }

    private static Timestamp ts(Instant at) {
        return Timestamp.from(at);
    }
}
