package com.siteline.training.internal;

import com.siteline.improvement.ImprovementRow;
import com.siteline.organization.RunAs;
import com.siteline.training.NewTraining;
import com.siteline.training.TrainingView;
import com.siteline.training.Trainings;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo trainings: last month's communication-skills training of 上海家装 (the agent passed, the project manager
 * attended without the test), 滨江花园's emergency drill for lifts held, and 华东外墙's training planned next week as the
 * measure of its open improvement action.
 */
@Component
@Profile("demo")
@Order(13)
class DemoTrainingData extends com.siteline.base.DemoData {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final TrainingSessionRepository rows;
    private final Trainings trainings;
    private final RunAs as;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoTrainingData(TrainingSessionRepository rows, Trainings trainings, RunAs as, JdbcTemplate jdbc, Clock clock) {
        super("training sessions");
        this.rows = rows;
        this.trainings = trainings;
        this.as = as;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    protected long count() {
        return rows.count();
    }

    private long unit(String code) {
        return jdbc.queryForObject("select id from business_unit where code = ?", Long.class, code);
    }

    @Override
    protected void make() {
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        LocalDate lastMonth = today.minusMonths(1).withDayOfMonth(12);
        held(
                unit("SH-HOME"),
                "客户沟通技巧：投诉首次响应与标准话术",
                "陈静",
                lastMonth,
                "投诉处理流程、首次响应话术、情绪安抚要点",
                Set.of("agent", "pm"),
                Map.of("agent", true, "pm", true),
                Map.of("agent", true));
        held(
                unit("BJ-PROPERTY"),
                "电梯困人应急处置演练",
                "维保单位 周工",
                lastMonth.plusDays(5),
                "困人安抚、通知维保、记录时间节点、事后回访",
                Set.of("manager"),
                Map.of("manager", true),
                Map.of("manager", true));
        long painting = unit("EAST-PAINT");
        Long action = as.user("manager", () -> trainings.openImprovements(painting)).stream()
                .map(ImprovementRow::id)
                .findFirst()
                .orElse(null);
        as.user(
                "manager",
                () -> trainings.plan(new NewTraining(
                        painting,
                        "外墙涂料批号管理与样板确认",
                        "陈静",
                        today.plusDays(7),
                        "同一墙面同一批号、返工整面重涂、施工前样板确认",
                        Set.of("agent", "manager"),
                        action)));
    }

    private void held(
            long unit,
            String topic,
            String trainer,
            LocalDate day,
            String material,
            Set<String> asked,
            Map<String, Boolean> came,
            Map<String, Boolean> passed) {
        TrainingView planned = as.user(
                "manager", () -> trainings.plan(new NewTraining(unit, topic, trainer, day, material, asked, null)));
        as.user("manager", () -> trainings.recordHeld(planned.id(), planned.version(), came, passed));
    }
}
