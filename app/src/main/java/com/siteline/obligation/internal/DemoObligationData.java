package com.siteline.obligation.internal;

import com.siteline.obligation.Fulfilment;
import com.siteline.obligation.ObligationState;
import com.siteline.obligation.Obligations;
import com.siteline.organization.BusinessUnitSummary;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.RunAs;
import com.siteline.plugin.VariantCatalog;
import com.siteline.sdk.RecurringObligation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo obligations: half a year of 滨江花园物业's duties (the documents' ones are done when the periodic documents
 * are published, right after this), the community events and owners' meetings held and evaluated, except last
 * quarter's owners' committee meeting, which is overdue; this month's duties open.
 */
@Component
@Profile("demo")
@Order(4)
class DemoObligationData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoObligationData.class);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final ObligationTaskRepository rows;
    private final Obligations obligations;
    private final OrganizationService organization;
    private final VariantCatalog catalog;
    private final RunAs as;
    private final Clock clock;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    DemoObligationData(
            ObligationTaskRepository rows,
            Obligations obligations,
            OrganizationService organization,
            VariantCatalog catalog,
            RunAs as,
            Clock clock,
            org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.obligations = obligations;
        this.organization = organization;
        this.catalog = catalog;
        this.as = as;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (rows.count() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        int made = 0;
        for (BusinessUnitSummary unit : organization.businessUnits()) {
            for (String pluginId : unit.pluginIds()) {
                for (RecurringObligation obligation : catalog.startedVariant(pluginId)
                        .map(v -> v.recurringObligations())
                        .orElse(java.util.List.of())) {
                    if (!obligation.appliesTo(unit.premises())) {
                        continue;
                    }
                    LocalDate first = ObligationPeriods.first(obligation.frequency(), today.minusMonths(6));
                    for (LocalDate period = first;
                            !period.isAfter(today);
                            period = period.plusMonths(ObligationPeriods.months(obligation.frequency()))) {
                        made += obligations.make(unit.id(), pluginId, obligation, period) ? 1 : 0;
                    }
                }
            }
        }
        LocalDate lastQuarter = ObligationPeriods.first(RecurringObligation.Frequency.QUARTERLY, today)
                .minusMonths(3);
        as.user(
                "manager",
                () -> rows.findAll().stream()
                        .filter(t -> t.getState() == ObligationState.OPEN
                                && t.getPeriodLast().isBefore(today))
                        .filter(t -> !t.getObligationId().equals("complaint-summary")
                                && !t.getObligationId().equals("work-brief")
                                && !t.getObligationId().equals("service-report"))
                        .filter(t -> !(t.getObligationId().equals("owners-committee")
                                && t.getPeriodFirst().equals(lastQuarter)))
                        .forEach(t -> {
                            ObligationSummary task = obligations.get(t.getId());
                            boolean meeting = !t.getObligationId().equals("community-event");
                            obligations.record(
                                    task.id(),
                                    task.version(),
                                    new ObligationRecord(
                                            Fulfilment.EVENT,
                                            t.getPeriodLast().minusDays(10),
                                            meeting ? 18 : 120,
                                            meeting
                                                    ? "业主代表就停车位管理和电梯维保提出意见，已形成会议纪要并逐项跟进。"
                                                    : "中秋游园会，业主及家属参与踊跃，现场满意度调查好评率 95%。"));
                        }));
        // this year's mid-year survey was done on paper in June: the manager's note says so
        as.user(
                "manager",
                () -> rows.findAll().stream()
                        .filter(t -> t.getState() == ObligationState.OPEN
                                && t.getObligationId().equals("mid-year-survey")
                                && t.getDueOn().isBefore(today))
                        .forEach(t -> {
                            ObligationSummary task = obligations.get(t.getId());
                            obligations.record(
                                    task.id(),
                                    task.version(),
                                    new ObligationRecord(
                                            Fulfilment.NOTE,
                                            null,
                                            null,
                                            "年中顾客意见抽样调查已完成：抽查率 50%，回收率 56%，问卷已归档，整改项纳入改进措施。"));
                            jdbc.update(
                                    "update obligation_task set done_at = ? where id = ?",
                                    java.sql.Timestamp.from(t.getDueOn()
                                            .minusDays(5)
                                            .atTime(17, 0)
                                            .atZone(ZONE)
                                            .toInstant()),
                                    t.getId());
                        }));
        log.info("Demo obligations created: {}", made);
    }
}
