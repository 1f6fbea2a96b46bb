package com.siteline.improvement.internal;

import com.siteline.improvement.ImprovementRow;
import com.siteline.improvement.ImprovementSource;
import com.siteline.improvement.Improvements;
import com.siteline.improvement.NewImprovement;
import com.siteline.organization.RunAs;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo improvement actions: one from a closed complaint of 华东外墙, implemented and verified a month ago; one from
 * another closed complaint, open; one from last month's response-time report, overdue; one from 滨江花园's year-end
 * survey campaign, implemented and waiting for its verification.
 */
@Component
@Profile("demo")
@Order(10)
class DemoImprovementData extends com.siteline.base.DemoData {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final ImprovementRepository rows;
    private final Improvements improvements;
    private final RunAs as;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoImprovementData(
            ImprovementRepository rows, Improvements improvements, RunAs as, JdbcTemplate jdbc, Clock clock) {
        super("improvement actions");
        this.rows = rows;
        this.improvements = improvements;
        this.as = as;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    protected long count() {
        return rows.count();
    }

    @Override
    protected void make() {
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        Map<String, Long> units = Map.of(
                "EAST-PAINT", unit("EAST-PAINT"), "SH-HOME", unit("SH-HOME"), "BJ-PROPERTY", unit("BJ-PROPERTY"));
        List<Map<String, Object>> complaints = jdbc.queryForList(
                "select id, title, closed_at from customer_issue where business_unit_id = ? and issue_type = 'COMPLAINT'"
                        + " and closed_at is not null order by closed_at desc limit 2",
                units.get("EAST-PAINT"));
        if (complaints.size() == 2) {
            Map<String, Object> old = complaints.get(1);
            Instant closed = ((Timestamp) old.get("closed_at")).toInstant();
            ImprovementRow verified = as.user(
                    "manager",
                    () -> improvements.raise(new NewImprovement(
                            units.get("EAST-PAINT"),
                            ImprovementSource.COMPLAINT,
                            ((Number) old.get("id")).longValue(),
                            "#" + old.get("id") + " " + old.get("title"),
                            "施工前未向业主书面说明外墙脚手架占用车位的时间，业主临时找不到车位。",
                            "施工计划告知单增加“占用公共区域及时间”一栏，由客服在开工前三天电话确认。",
                            "agent",
                            today.plusDays(7))));
            ImprovementRow done = as.user(
                    "agent",
                    () -> improvements.implemented(verified.id(), verified.version(), "告知单模板已更新，本月开工的 3 个项目均已电话确认。"));
            as.user(
                    "manager",
                    () -> improvements.verify(done.id(), done.version(), true, "抽查本月两次开工告知录音，均说明了占用时间；此后无同类投诉。"));
            Instant raised = closed.plus(Duration.ofDays(1));
            jdbc.update(
                    "update improvement set raised_at = ?, due_on = ?, implemented_at = ?, verified_at = ? where id = ?",
                    Timestamp.from(raised),
                    raised.atZone(ZONE).toLocalDate().plusDays(14),
                    Timestamp.from(raised.plus(Duration.ofDays(6))),
                    Timestamp.from(raised.plus(Duration.ofDays(20))),
                    verified.id());
            Map<String, Object> recent = complaints.getFirst();
            as.user(
                    "manager",
                    () -> improvements.raise(new NewImprovement(
                            units.get("EAST-PAINT"),
                            ImprovementSource.COMPLAINT,
                            ((Number) recent.get("id")).longValue(),
                            "#" + recent.get("id") + " " + recent.get("title"),
                            "雨后复涂前未复测基层含水率，局部起泡。",
                            "雨后复涂前增加含水率检测并拍照上传到检查表；班组长培训一次。",
                            "agent",
                            today.plusDays(10))));
        }
        ImprovementRow overdue = as.user(
                "manager",
                () -> improvements.raise(new NewImprovement(
                        units.get("SH-HOME"),
                        ImprovementSource.REPORT_ROW,
                        null,
                        "响应时效报表 · 上月 · 上海家装：紧急投诉首次响应超时 2 件",
                        "夜间紧急投诉只通知了当班客服，客服下班后无人接手。",
                        "紧急投诉在非工作时间同时通知项目经理；每周复盘超时工单。",
                        "pm",
                        today)));
        jdbc.update(
                "update improvement set due_on = ?, raised_at = ? where id = ?",
                today.minusDays(4),
                Timestamp.from(clock.instant().minus(Duration.ofDays(18))),
                overdue.id());
        ImprovementRow campaign = as.user(
                "manager",
                () -> improvements.raise(new NewImprovement(
                        units.get("BJ-PROPERTY"),
                        ImprovementSource.CAMPAIGN,
                        null,
                        "滨江花园年终满意度调查：维修及时性 3.1 分（目标 4 分）",
                        "报修后未告知上门时间，业主多次来电催问。",
                        "派工后 30 分钟内电话告知业主上门时间，并纳入沟通计划的“上门时间告知”。",
                        "manager",
                        today.plusDays(20))));
        as.user("manager", () -> improvements.implemented(campaign.id(), campaign.version(), "已纳入物业服务中心的沟通计划，本周起执行。"));
        as.system(improvements::escalate);
    }

    private long unit(String code) {
        return jdbc.queryForObject("select id from business_unit where code = ?", Long.class, code);
    }
}
