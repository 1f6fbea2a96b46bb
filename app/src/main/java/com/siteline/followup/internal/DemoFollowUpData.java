package com.siteline.followup.internal;

import com.siteline.customer.Channel;
import com.siteline.customer.CustomerDetails;
import com.siteline.customer.CustomerService;
import com.siteline.followup.ReturnVisits;
import com.siteline.followup.VisitLadder;
import com.siteline.followup.VisitSummary;
import com.siteline.organization.BusinessUnitSummary;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.RunAs;
import com.siteline.plugin.VariantCatalog;
import com.siteline.plugin.VariantSnapshot;
import com.siteline.project.NewProject;
import com.siteline.project.ProjectCompleted;
import com.siteline.project.ProjectService;
import com.siteline.project.ProjectSummary;
import com.siteline.project.ProjectTeam;
import com.siteline.sdk.StageDefinition;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo return visits: four projects completed between a month and a year ago, with their schedules' visits —
 * the past ones made (one found a problem, raised as an issue), one overdue and escalated, one due this week,
 * one not reached yesterday and moved, the later ones ahead.
 */
@Component
@Profile("demo")
@Order(3)
class DemoFollowUpData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoFollowUpData.class);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private record Demo(
            String unit,
            String variant,
            String phone,
            String name,
            String address,
            String value,
            int completedDaysAgo) {}

    private static final List<Demo> PROJECTS = List.of(
            new Demo(
                    "SH-HOME",
                    "home-decoration",
                    "13901234567",
                    "徐汇漕溪北路 5-1202 全屋装修",
                    "上海市徐汇区漕溪北路 398 弄 5 号 1202",
                    "420000",
                    200),
            new Demo(
                    "SH-HOME",
                    "home-decoration",
                    "13812345678",
                    "锦绣路 8-601 厨卫翻新",
                    "上海市浦东新区锦绣路 1500 弄 8 号 601",
                    "96000",
                    40),
            new Demo(
                    "SH-HOME", "home-decoration", "13698765432", "虹梅路 21 号别墅软装", "上海市闵行区虹梅路 3100 弄 21 号", "260000", 28),
            new Demo(
                    "EAST-PAINT",
                    "exterior-painting",
                    "13962601234",
                    "昆山前进东路办公楼外墙翻新",
                    "昆山市前进东路 1288 号",
                    "540000",
                    360));

    private final ReturnVisitRepository rows;
    private final ReturnVisits visits;
    private final VisitLadder ladder;
    private final ProjectService projects;
    private final CustomerService customers;
    private final OrganizationService organization;
    private final VariantCatalog catalog;
    private final RunAs as;
    private final com.siteline.followup.VisitCadences cadences;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoFollowUpData(
            ReturnVisitRepository rows,
            ReturnVisits visits,
            VisitLadder ladder,
            ProjectService projects,
            CustomerService customers,
            OrganizationService organization,
            VariantCatalog catalog,
            RunAs as,
            com.siteline.followup.VisitCadences cadences,
            JdbcTemplate jdbc,
            Clock clock) {
        this.rows = rows;
        this.visits = visits;
        this.ladder = ladder;
        this.projects = projects;
        this.customers = customers;
        this.organization = organization;
        this.catalog = catalog;
        this.as = as;
        this.cadences = cadences;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        // (the workspace's closed complaints already have their revisits: this demo's own visits are the rest)
        if (rows.findAll().stream().anyMatch(v -> !v.getSourceKey().startsWith("complaint:"))) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        int made = 0;
        for (Demo demo : PROJECTS) {
            BusinessUnitSummary unit = organization.businessUnits().stream()
                    .filter(u -> u.code().equals(demo.unit()))
                    .findFirst()
                    .orElse(null);
            CustomerDetails customer = as.user("admin", () -> customers.samePhone(demo.phone(), null)).stream()
                    .findFirst()
                    .orElse(null);
            if (unit == null
                    || customer == null
                    || catalog.startedVariant(demo.variant()).isEmpty()) {
                continue;
            }
            LocalDate completed = today.minusDays(demo.completedDaysAgo());
            ProjectSummary project = as.user(
                    "admin",
                    () -> projects.create(new NewProject(
                            demo.name(),
                            customer.name(),
                            demo.address(),
                            unit.id(),
                            demo.variant(),
                            customer.id(),
                            new ProjectTeam(
                                    "pm",
                                    null,
                                    "agent",
                                    new BigDecimal(demo.value()),
                                    completed.minusDays(80),
                                    completed,
                                    completed.minusDays(78),
                                    completed))));
            // the works completed at the variant's completion stage; a variant that completes before its last stage
            // (home decoration: warranty and return visits follow) stands in its last stage, still open
            VariantSnapshot variant = catalog.snapshot(demo.variant()).orElseThrow();
            String completion = variant.completionStageId();
            String last = variant.stages().getLast().id();
            boolean closes = completion.equals(last);
            Timestamp at = Timestamp.from(completed.atTime(16, 0).atZone(ZONE).toInstant());
            jdbc.update(
                    "update project set current_stage_id = ?, completed_at = ?, closed_at = ?, created_at = ?"
                            + " where id = ?",
                    last,
                    at,
                    closes ? at : null,
                    Timestamp.from(completed.minusDays(85).atStartOfDay(ZONE).toInstant()),
                    project.id());
            jdbc.update(
                    "insert into project_stage_event (project_id, from_stage, to_stage, at, by_user)"
                            + " values (?, ?, ?, ?, 'pm')",
                    project.id(),
                    completion,
                    variant.after(completion).map(StageDefinition::id).orElse(null),
                    at);
            made += visits.schedule(
                    new ProjectCompleted(
                            project.id(),
                            project.name(),
                            customer.id(),
                            customer.name(),
                            unit.id(),
                            demo.variant(),
                            "agent",
                            at.toInstant()),
                    completed);
        }
        // last month's and this period's visits to important customers (the cadence's timer makes them)
        as.system(() -> cadences.generate(today.minusMonths(1)));
        as.system(() -> cadences.generate(today));
        as.user("agent", () -> history(today));
        log.info("Demo return visits created: {}", made);
    }

    /** The visits whose day has passed: most made as planned, one found a problem, one overdue, one moved. */
    private void history(LocalDate today) {
        List<ReturnVisit> past = rows.findAll().stream()
                .filter(v -> v.getDueOn().isBefore(today))
                .toList();
        int n = 0;
        boolean vipOverdue = false;
        for (ReturnVisit visit : past) {
            n++;
            // each visit made by its owner (a complaint's revisit by its handler, who may work in another unit)
            String caller = visit.getOwner() == null ? "manager" : visit.getOwner();
            VisitSummary current = as.user(caller, () -> visits.get(visit.getId()));
            if (visit.getSubject().startsWith("锦绣路")) {
                continue; // overdue: the ladder tells the agent, then the manager
            }
            if (visit.getSourceKey().startsWith("tier:") && !vipOverdue) {
                vipOverdue = true;
                continue; // last month's visit to a VIP customer, not made: overdue
            }
            boolean problem = visit.getSubject().startsWith("徐汇") && visit.getSequence() == 3;
            int count = n;
            VisitSummary done = as.user(
                    caller,
                    () -> visits.record(
                            current.id(),
                            current.version(),
                            new VisitOutcome(
                                    Channel.PHONE,
                                    true,
                                    null,
                                    problem ? 3 : count % 3 == 0 ? 4 : 5,
                                    problem ? "客户反映主卧墙面出现细小裂缝" : "客户对施工质量和售后服务满意",
                                    problem ? "主卧北墙乳胶漆表面发丝裂纹，约 40 cm" : null,
                                    problem,
                                    // home decoration's own visit form (a visit of a variant without one ignores it)
                                    java.util.Map.of(
                                            "walls-floors",
                                            problem,
                                            "water-power",
                                            false,
                                            "doors-cabinets",
                                            false,
                                            "air",
                                            count % 4 == 0 ? "some" : "fine",
                                            "feedback",
                                            problem ? "主卧墙面有细小裂缝，希望尽快处理" : "入住后一切正常"))));
            Timestamp at =
                    Timestamp.from(visit.getDueOn().atTime(10, 30).atZone(ZONE).toInstant());
            jdbc.update("update return_visit set done_at = ?, last_attempt_at = ? where id = ?", at, at, done.id());
            if (visit.getSourceKey().startsWith("complaint:")) {
                // the complaint was revisited by this call, on its day
                long issueId = Long.parseLong(visit.getSourceKey().split(":")[1]);
                jdbc.update(
                        "update issue_event set occurred_at = ? where issue_id = ? and to_status = 'REVISITED'",
                        at,
                        issueId);
                jdbc.update("update customer_issue set revisited_at = ?, updated_at = ? where id = ?", at, at, issueId);
            }
        }
        // the kitchen's first visit: tried on its day, not reached, moved two days on, and still not made
        rows.findAll().stream()
                .filter(v -> v.getSubject().startsWith("锦绣路") && v.getSequence() == 1)
                .findFirst()
                .ifPresent(v -> {
                    VisitSummary current = visits.get(v.getId());
                    visits.record(
                            current.id(),
                            current.version(),
                            new VisitOutcome(Channel.PHONE, false, today, null, "电话无人接听，改日再联系", null, false));
                    jdbc.update(
                            "update return_visit set due_on = ?, last_attempt_at = ? where id = ?",
                            v.getPlannedOn().plusDays(2),
                            Timestamp.from(
                                    v.getPlannedOn().atTime(15, 0).atZone(ZONE).toInstant()),
                            v.getId());
                });
        ladder.run();
    }
}
