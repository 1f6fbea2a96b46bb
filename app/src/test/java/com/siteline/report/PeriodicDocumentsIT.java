package com.siteline.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siteline.base.RefusedException;
import com.siteline.base.grid.GridQuery;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.RunAs;
import com.siteline.report.internal.KpiFormula;
import com.siteline.report.internal.KpiReport;
import com.siteline.report.internal.KpiRow;
import com.siteline.testsupport.SitelineSpringTest;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Drafting on the day: every unit whose plugins declare an obligation gets its document once, however
 * often the timer runs; the frozen figures equal a plain SQL recount; only the unit's manager approves,
 * and an approved document no longer changes.
 */
@SitelineSpringTest
class PeriodicDocumentsIT {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    PeriodicDocuments documents;

    @Autowired
    OrganizationService organization;

    @Autowired
    RunAs as;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    KpiReports kpis;

    @Autowired
    com.siteline.improvement.Improvements improvements;

    @Test
    void theDocumentsOfAnEndedPeriodAreDraftedOnceAndTheirFiguresEqualASqlRecount() {
        // a day far in the future: its periods have no document yet; only the property units declare them
        LocalDate day = LocalDate.of(2027, 4, 1);
        int drafted = as.system(() -> documents.draftDue(day));
        // the complaint summary for every property unit, the service report for residential ones, the work brief for
        // single-owner offices
        long expected = organization.businessUnits().stream()
                .filter(u -> u.pluginIds().contains("property-management"))
                .mapToLong(u -> 1 + (u.premises() == null ? 0 : 1))
                .sum();
        assertThat(drafted).isEqualTo(expected).isPositive();
        assertThat(as.system(() -> documents.draftDue(day))).isZero();
        assertThat(as.system(() -> documents.draftDue(day.plusDays(10)))).isZero();

        // last month's complaint summary of the demo property unit, recounted from the table
        LocalDate month = LocalDate.now(ZONE).withDayOfMonth(1).minusMonths(1);
        DocumentSummary summary = as
                .user(
                        "manager",
                        () -> documents.page(
                                GridQuery.empty().choice("kind", DocumentKind.COMPLAINT_SUMMARY.name()), 0, 100))
                .stream()
                .filter(d -> d.first().equals(month) && d.unitName().equals("滨江花园物业服务中心"))
                .findFirst()
                .orElseThrow();
        Timestamp from = Timestamp.from(month.atStartOfDay(ZONE).toInstant());
        Timestamp to = Timestamp.from(month.plusMonths(1).atStartOfDay(ZONE).toInstant());
        Map<String, Integer> byCategory = new HashMap<>();
        jdbc.query(
                "select coalesce(category_id, '') c, count(*) n from customer_issue where business_unit_id = ?"
                        + " and issue_type = 'COMPLAINT' and created_at >= ? and created_at < ? group by coalesce(category_id, '')",
                rs -> {
                    byCategory.put(rs.getString("c"), rs.getInt("n"));
                },
                summary.businessUnitId(),
                from,
                to);
        Integer raised = jdbc.queryForObject(
                "select count(*) from customer_issue where business_unit_id = ?"
                        + " and created_at >= ? and created_at < ?",
                Integer.class,
                summary.businessUnitId(),
                from,
                to);
        Integer open = jdbc.queryForObject(
                "select count(*) from customer_issue where business_unit_id = ?"
                        + " and created_at >= ? and created_at < ? and status not in ('CLOSED', 'REVISITED')",
                Integer.class,
                summary.businessUnitId(),
                from,
                to);
        DocumentFigures figures = summary.figures();
        assertThat(figures.raised()).isEqualTo(raised);
        assertThat(figures.stillOpen()).isEqualTo(open);
        Map<String, Integer> counted = new HashMap<>();
        figures.complaintsByCategory().forEach(c -> counted.put(c.key(), c.count()));
        assertThat(counted).isEqualTo(byCategory);
        assertThat(figures.complaints())
                .hasSize(
                        byCategory.values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void aDocumentCountsTheUnitsImprovementActionsOfItsPeriodAsASqlRecount() {
        // a complaint summary of a month of the test's own (long past) in the demo property unit
        long propertyUnit = organization.businessUnits().stream()
                .filter(u -> u.code().equals("BJ-PROPERTY"))
                .findFirst()
                .orElseThrow()
                .id();
        LocalDate month = LocalDate.of(2019, 1 + (int) (System.nanoTime() % 12), 1);
        long unit = propertyUnit;
        // two actions raised in that month, one of them verified in it, one overdue by its end
        for (int i = 0; i < 2; i++) {
            com.siteline.improvement.ImprovementRow raised = as.user(
                    "manager",
                    () -> improvements.raise(new com.siteline.improvement.NewImprovement(
                            unit,
                            com.siteline.improvement.ImprovementSource.OTHER,
                            null,
                            "巡检发现",
                            "夜间巡逻间隔过长",
                            "夜间巡逻改为每两小时一次",
                            "manager",
                            LocalDate.now(ZONE).plusDays(7))));
            jdbc.update(
                    "update improvement set raised_at = ?, due_on = ? where id = ?",
                    Timestamp.from(
                            month.plusDays(3 + i).atTime(10, 0).atZone(ZONE).toInstant()),
                    month.plusDays(10),
                    raised.id());
            if (i == 0) {
                jdbc.update(
                        "update improvement set state = 'VERIFIED', implemented_at = ?, verified_at = ?,"
                                + " verified_by = 'admin' where id = ?",
                        Timestamp.from(
                                month.plusDays(8).atTime(10, 0).atZone(ZONE).toInstant()),
                        Timestamp.from(
                                month.plusDays(9).atTime(10, 0).atZone(ZONE).toInstant()),
                        raised.id());
            }
        }
        long drafted = as.system(() -> documents.draft(
                unit, DocumentKind.COMPLAINT_SUMMARY, month, month.plusMonths(1).withDayOfMonth(5)));
        DocumentSummary refreshed = as.user("manager", () -> documents.get(drafted));
        Timestamp from = Timestamp.from(month.atStartOfDay(ZONE).toInstant());
        Timestamp to = Timestamp.from(month.plusMonths(1).atStartOfDay(ZONE).toInstant());
        DocumentFigures.ImprovementCounts counted = refreshed.figures().improvements();
        assertThat(counted.raised())
                .isEqualTo(count("raised_at >= ? and raised_at < ?", unit, from, to))
                .isGreaterThanOrEqualTo(2);
        assertThat(counted.verified())
                .isEqualTo(count("state = 'VERIFIED' and verified_at >= ? and verified_at < ?", unit, from, to))
                .isGreaterThanOrEqualTo(1);
        assertThat(counted.open())
                .isEqualTo(count("raised_at < ? and state <> 'VERIFIED'", unit, to))
                .isGreaterThanOrEqualTo(1);
        assertThat(counted.overdue())
                .isEqualTo(count(
                        "raised_at < ? and state <> 'VERIFIED' and due_on < ?",
                        unit,
                        to,
                        month.plusMonths(1).minusDays(1)))
                .isGreaterThanOrEqualTo(1);
    }

    private int count(String where, Object... args) {
        Object[] all = new Object[args.length];
        System.arraycopy(args, 0, all, 0, args.length);
        return jdbc.queryForObject(
                "select count(*) from improvement where business_unit_id = ? and " + where, Integer.class, all);
    }

    @Test
    void onlyTheUnitsManagerApprovesAndAnApprovedDocumentStaysAsApproved() {
        DocumentSummary draft = as.user(
                        "manager",
                        () -> documents.page(
                                GridQuery.empty()
                                        .choice("status", DocumentStatus.DRAFT.name())
                                        .choice("kind", DocumentKind.COMPLAINT_SUMMARY.name()),
                                0,
                                100))
                .getLast();
        assertThatThrownBy(() -> as.user("admin", () -> documents.approve(draft.id(), draft.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.user("agent", () -> documents.get(draft.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.user("manager", () -> documents.publish(draft.id(), draft.version())))
                .isInstanceOfSatisfying(
                        RefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("documents.publish.not-approved"));
        DocumentSummary approved = as.user("manager", () -> documents.approve(draft.id(), draft.version()));
        assertThatThrownBy(() -> as.user("manager", () -> documents.edit(draft.id(), approved.version(), "改", null)))
                .isInstanceOfSatisfying(
                        RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("documents.not-draft"));
        // a stale version is refused, not overwritten
        assertThatThrownBy(() -> as.user("manager", () -> documents.publish(draft.id(), draft.version())))
                .isInstanceOfSatisfying(
                        RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("documents.conflict"));
        assertThat(List.of(as.user("manager", () -> documents.get(draft.id())).status()))
                .containsExactly(DocumentStatus.APPROVED);
    }

    @Test
    void aDocumentsScoreIsTheScorecardsScoreOfItsUnitAndPeriodSatisfactionIncluded() {
        // last month's complaint summary of the demo property unit is still a draft: refreshed, it counts anew
        LocalDate month = LocalDate.now(ZONE).withDayOfMonth(1).minusMonths(1);
        DocumentSummary draft = as
                .user(
                        "manager",
                        () -> documents.page(
                                GridQuery.empty().choice("kind", DocumentKind.COMPLAINT_SUMMARY.name()), 0, 100))
                .stream()
                .filter(d -> d.first().equals(month) && d.unitName().equals("滨江花园物业服务中心"))
                .findFirst()
                .orElseThrow();
        // an answered survey of one of the unit's issues of that month, so that satisfaction has data
        Long issue = jdbc.queryForObject(
                "select min(id) from customer_issue where business_unit_id = ?"
                        + " and created_at >= ? and created_at < ?",
                Long.class,
                draft.businessUnitId(),
                Timestamp.from(month.atStartOfDay(ZONE).toInstant()),
                Timestamp.from(month.plusMonths(1).atStartOfDay(ZONE).toInstant()));
        assertThat(issue).isNotNull();
        int kept = jdbc.update("update survey_request set state = 'ANSWERED', rating = 1 where issue_id = ?", issue);
        if (kept == 0) {
            jdbc.update(
                    "insert into survey_request (customer_id, customer_name, business_unit_id, issue_id, subject,"
                            + " trigger_kind, template_id, template_version, state, answered_at, rating, created_at)"
                            + " select customer_id, customer_name, business_unit_id, id, title, 'ISSUE_CLOSED', 'service', 1,"
                            + " 'ANSWERED', created_at, 1, created_at from customer_issue where id = ?",
                    issue);
        }
        DocumentSummary refreshed = as.user("manager", () -> documents.refresh(draft.id(), draft.version()));

        KpiReport scorecard = as.user("manager", () -> kpis.scorecard(KpiPeriod.MONTH, month, SlaGrouping.UNIT));
        KpiRow unit = scorecard.rows().stream()
                .filter(r -> r.key().equals(String.valueOf(draft.businessUnitId())))
                .findFirst()
                .orElseThrow();
        assertThat(KpiFormula.has(unit.satisfaction()))
                .as("the period has answered surveys")
                .isTrue();
        assertThat(refreshed.figures().kpiScore()).isCloseTo(unit.score(), org.assertj.core.data.Offset.offset(1e-9));
    }
}
