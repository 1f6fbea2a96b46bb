package com.siteline.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.report.internal.ReportTables;
import com.siteline.report.internal.SlaRow;
import com.siteline.report.ui.SlaReportView;
import com.siteline.testsupport.SitelineSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The response-time report as the demo manager uses it, in zh-CN and in English. */
@SitelineSpringTest
@WithUserDetails("manager")
class SlaReportViewTest extends SpringBrowserlessTest {

    @Autowired
    SlaReports reports;

    @Autowired
    com.siteline.audit.AuditTrail trail;

    @Autowired
    com.siteline.organization.RunAs as;

    @Autowired
    com.siteline.organization.OrganizationService organization;

    @Autowired
    ReportTables tables;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void theManagerSeesTheUnitsFiguresAndOpensTheBreachedOnes() {
        navigate(SlaReportView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("响应时效达成");
        DatePicker first = $(DatePicker.class).id("sla-first");
        DatePicker last = $(DatePicker.class).id("sla-last");
        List<SlaRow> expected = reports.compliance(first.getValue(), last.getValue(), SlaGrouping.UNIT);
        Grid<SlaRow> grid = $(Grid.class).id("sla-grid");
        assertThat(test(grid).size()).isEqualTo(expected.size()).isPositive();
        SlaRow all = reports.report(first.getValue(), last.getValue(), SlaGrouping.UNIT)
                .total();
        assertThat($(Paragraph.class).id("sla-total").getText()).startsWith("期间共 " + all.issues() + " 个问题");
        // communication plans kept in the same period, per unit, recounted in SQL
        long home = ((Number) jdbc.queryForObject("select id from business_unit where code = 'SH-HOME'", Long.class))
                .longValue();
        long planned = jdbc.queryForObject(
                "select count(*) from comm_task where business_unit_id = ? and state <> 'CANCELLED'"
                        + " and due_on between ? and ?",
                Long.class,
                home,
                first.getValue(),
                last.getValue());
        long onTime = jdbc.queryForObject(
                "select count(*) from comm_task where business_unit_id = ? and state = 'HELD'"
                        + " and due_on between ? and ?",
                Long.class,
                home,
                first.getValue(),
                last.getValue());
        assertThat(planned).isPositive();
        assertThat($(com.vaadin.flow.component.html.ListItem.class)
                        .id("sla-plans-" + home)
                        .getText())
                .contains("计划 " + planned + " 项", "按时 " + onTime + " ");
        // the demo history has missed deadlines: each listed issue opens from here
        assertThat(all.breached()).isNotEmpty();
        assertThat($(Div.class)
                        .id("sla-breached")
                        .getChildren()
                        .filter(Anchor.class::isInstance)
                        .count())
                .isEqualTo(all.breached().size());
        assertThat($(Anchor.class)
                        .id("sla-breached-" + all.breached().getFirst())
                        .getHref())
                .isEqualTo("issues/" + all.breached().getFirst());

        // the Excel export holds the same figures, numbers as numbers, the total last
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(((SlaReportView) getCurrentView()).workbook()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("问题数");
            assertThat(sheet.getLastRowNum()).isEqualTo(3 + expected.size());
            for (int r = 0; r < expected.size(); r++) {
                assertThat((int) sheet.getRow(3 + r).getCell(1).getNumericCellValue())
                        .isEqualTo(expected.get(r).issues());
                assertThat((int) sheet.getRow(3 + r).getCell(15).getNumericCellValue())
                        .isEqualTo(expected.get(r).breached().size());
            }
            var totalRow = sheet.getRow(3 + expected.size());
            assertThat(totalRow.getCell(0).getStringCellValue()).isEqualTo("全部");
            assertThat((int) totalRow.getCell(1).getNumericCellValue()).isEqualTo(all.issues());
            assertThat((int) totalRow.getCell(3).getNumericCellValue()).isEqualTo(all.firstResponseMet());
            // times as the screen shows them, in hours and minutes, not raw minutes
            assertThat(sheet.getRow(2).getCell(11).getStringCellValue()).isEqualTo("首次响应用时中位数");
            assertThat(totalRow.getCell(11).getStringCellValue())
                    .isEqualTo(tables.duration(all.firstResponseMedian(), Locale.SIMPLIFIED_CHINESE));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat($(Anchor.class).id("sla-export").getText()).isEqualTo("导出 Excel");
        // the PDF holds the Chinese title and the total row (text extracted from the file itself)
        String pdf = PdfText.of(((SlaReportView) getCurrentView()).pdfFile());
        assertThat(pdf).contains("响应时效达成", "问题数", "口径说明", "全部");
        // who exported it and when, on the page's footer; both exports kept in the audit log with their rows (#32)
        String manager = organization.displayNames().get("manager");
        assertThat(pdf.replace(" ", "")).contains(manager.replace(" ", "") + "·");
        List<com.siteline.audit.AuditRecord> kept = as.user("admin", () -> trail.history("export", "reports/sla", 2));
        assertThat(kept).hasSize(2).allSatisfy(r -> {
            assertThat(r.actor()).isEqualTo("manager");
            assertThat(r.action()).isEqualTo(com.siteline.audit.AuditAction.EXPORT);
            assertThat(r.changes()).anySatisfy(c -> assertThat(c.after()).isEqualTo(String.valueOf(expected.size())));
        });
        // the definition in the users' words: no SQL; the times in the PDF are the screen's
        assertThat(pdf.replace("\n", "").replace(" ", ""))
                .doesNotContain("percentile_disc", "SQL")
                .contains(tables.duration(all.firstResponseMedian(), Locale.SIMPLIFIED_CHINESE)
                        .replace(" ", ""));
        assertThat($(Paragraph.class).id("sla-definition").getText()).doesNotContain("SQL");

        Select<SlaGrouping> grouping = $(Select.class).id("sla-grouping");
        test(grouping).selectItem("紧急程度");
        test($(Button.class).id("sla-show")).click();
        assertThat(test(grid).getCellText(0, 0)).isIn("紧急", "重要", "一般");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        assertThat($(H1.class).single().getText()).isEqualTo("Response-time compliance");
        assertThat(test(grid).getCellText(0, 0)).isIn("Urgent", "Important", "Normal");
        assertThat($(Paragraph.class).id("sla-total").getText()).startsWith(all.issues() + " issues in the period");
    }

    @Test
    void aReversedPeriodIsSaidAndStaysAsTyped() {
        navigate(SlaReportView.class);
        DatePicker first = $(DatePicker.class).id("sla-first");
        DatePicker last = $(DatePicker.class).id("sla-last");
        LocalDate typed = last.getValue().minusYears(1);
        test(last).setValue(typed);
        test($(Button.class).id("sla-show")).click();
        assertThat($(Notification.class).last().getElement().getProperty("text"))
                .isEqualTo("截止日不能早于起始日。");
        assertThat(last.getValue()).isEqualTo(typed);
        assertThat(first.getValue()).isNotNull();
    }
}
