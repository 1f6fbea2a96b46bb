package com.siteline.report.internal;

import com.siteline.organization.BusinessUnitSummary;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.RunAs;
import com.siteline.report.DocumentKind;
import com.siteline.report.DocumentSummary;
import com.siteline.report.PeriodicDocuments;
import com.siteline.report.SlaGrouping;
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
 * Demo periodic documents and report emails: 滨江花园物业 has half a year of monthly complaint summaries and
 * work briefs and two quarterly service reports, approved and published on their days; last month's wait
 * for the manager. The manager gets the weekly response-time report and the monthly KPI scorecard by email.
 */
@Component
@Profile("demo")
@Order(5)
class DemoReportData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoReportData.class);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final PeriodicDocuments documents;
    private final PeriodicDocumentRepository rows;
    private final ReportSubscriptions subscriptions;
    private final OrganizationService organization;
    private final RunAs as;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoReportData(
            PeriodicDocuments documents,
            PeriodicDocumentRepository rows,
            ReportSubscriptions subscriptions,
            OrganizationService organization,
            RunAs as,
            JdbcTemplate jdbc,
            Clock clock) {
        this.documents = documents;
        this.rows = rows;
        this.subscriptions = subscriptions;
        this.organization = organization;
        this.as = as;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (rows.count() > 0) {
            return;
        }
        BusinessUnitSummary unit = organization.businessUnits().stream()
                .filter(u -> u.code().equals("BJ-PROPERTY"))
                .findFirst()
                .orElse(null);
        if (unit == null) {
            return;
        }
        LocalDate month = LocalDate.now(clock.withZone(ZONE)).withDayOfMonth(1);
        int made = 0;
        for (int back = 6; back >= 1; back--) {
            LocalDate first = month.minusMonths(back);
            made += document(
                    unit.id(),
                    DocumentKind.COMPLAINT_SUMMARY,
                    first,
                    first.plusMonths(1).withDayOfMonth(5),
                    back > 1,
                    "本月共受理业主投诉，均已按时限响应；重复投诉集中在漏水与门禁，已纳入下月巡检重点。");
        }
        LocalDate quarter = month.withMonth((month.getMonthValue() - 1) / 3 * 3 + 1);
        for (int back = 2; back >= 1; back--) {
            LocalDate first = quarter.minusMonths(3L * back);
            made += document(
                    unit.id(),
                    DocumentKind.SERVICE_REPORT,
                    first,
                    first.plusMonths(3).withDayOfMonth(20),
                    true,
                    "本季度管理服务总体平稳，业主投诉响应与解决按时率见下表；下季度重点：雨季防渗漏巡查。");
        }
        as.user(
                "manager",
                () -> subscriptions.create(
                        ScheduledReport.SLA, SlaGrouping.UNIT, ReportFrequency.WEEKLY, List.of("manager")));
        as.user(
                "manager",
                () -> subscriptions.create(
                        ScheduledReport.KPI, SlaGrouping.AGENT, ReportFrequency.MONTHLY, List.of("manager", "admin")));
        log.info("Demo periodic documents created: {}; report emails: 2", made);
    }

    /** Drafts one document; a past one is approved the day before it was due and published on the day. */
    private int document(
            long unitId, DocumentKind kind, LocalDate first, LocalDate due, boolean published, String summary) {
        long id = documents.draft(unitId, kind, first, due);
        LocalDate drafted = kind.period().last(first).plusDays(1);
        jdbc.update(
                "update periodic_document set drafted_at = ?, refreshed_at = ? where id = ?",
                at(drafted, 6),
                at(drafted, 6),
                id);
        if (published) {
            as.user("manager", () -> {
                DocumentSummary draft = documents.get(id);
                DocumentSummary edited = documents.edit(id, draft.version(), summary, null);
                DocumentSummary approved = documents.approve(id, edited.version());
                return documents.publish(id, approved.version());
            });
            jdbc.update(
                    "update periodic_document set approved_at = ?, published_at = ? where id = ?",
                    at(due.minusDays(1), 17),
                    at(due, 9),
                    id);
        }
        return 1;
    }

    private static Timestamp at(LocalDate day, int hour) {
        return Timestamp.from(day.atTime(hour, 0).atZone(ZONE).toInstant());
    }
}
