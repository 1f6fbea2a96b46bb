package com.siteline.obligation.internal;

import com.siteline.obligation.EventPlanView;
import com.siteline.obligation.EventPlans;
import com.siteline.organization.RunAs;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 滨江花园's community event plan of this year (written at its start, approved by the manager: this quarter's task is
 * due on its New Year party) and next year's being written.
 */
@Component
@Profile("demo")
@Order(15)
class DemoEventPlanData extends com.siteline.base.DemoData {

    private final EventPlanRepository rows;
    private final EventPlans plans;
    private final RunAs as;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoEventPlanData(EventPlanRepository rows, EventPlans plans, RunAs as, JdbcTemplate jdbc, Clock clock) {
        super("event plans");
        this.rows = rows;
        this.plans = plans;
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
        long unit = jdbc.queryForObject("select id from business_unit where code = 'BJ-PROPERTY'", Long.class);
        int year = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).getYear();
        add(unit, year, LocalDate.of(year, 3, 14), "植树节亲子活动");
        add(unit, year, LocalDate.of(year, 6, 20), "端午包粽子");
        add(unit, year, LocalDate.of(year, 9, 20), "中秋游园会");
        EventPlanView plan = add(unit, year, LocalDate.of(year, 12, 26), "新年联欢会");
        as.user("manager", () -> plans.approve(plan.id(), plan.version()));
        jdbc.update(
                "update event_plan set drafted_at = ?, approved_at = ? where id = ?",
                java.sql.Timestamp.valueOf(LocalDate.of(year, 1, 8).atTime(10, 0)),
                java.sql.Timestamp.valueOf(LocalDate.of(year, 1, 10).atTime(16, 0)),
                plan.id());
        add(unit, year + 1, LocalDate.of(year + 1, 3, 13), "植树节亲子活动");
    }

    private EventPlanView add(long unit, int year, LocalDate day, String title) {
        long version = plans.of(unit, year).version();
        return as.user("admin", () -> plans.add(unit, year, version, day, title));
    }
}
