package com.siteline.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.report.internal.KpiFormula;
import com.siteline.report.internal.KpiReport;
import com.siteline.report.internal.KpiRow;
import com.siteline.report.ui.KpiReportView;
import com.siteline.report.ui.KpiSettingsView;
import com.siteline.testsupport.SitelineSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The KPI scorecard as the demo manager reads it and the weights as the admin sets them, zh-CN and English. */
@SitelineSpringTest
class KpiViewsTest extends SpringBrowserlessTest {

    @Autowired
    KpiReports reports;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    @WithUserDetails("manager")
    @SuppressWarnings("unchecked")
    void theManagerRanksHandlersAndOpensTheIssuesBehindAScore() {
        navigate(KpiReportView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("KPI 考核");
        KpiReport shown = ((KpiReportView) getCurrentView()).shown();
        Grid<KpiRow> grid = $(Grid.class).id("kpi-grid");
        assertThat(test(grid).size()).isEqualTo(shown.rows().size()).isPositive();
        // the demo history is of last month: handlers ranked by score, satisfaction from the answered surveys
        KpiRow first = shown.rows().getFirst();
        assertThat(test(grid).getCellText(0, 0)).isEqualTo("1");
        assertThat(test(grid).getCellText(0, 5))
                .isEqualTo(KpiFormula.has(first.satisfaction()) ? String.format("%.1f", first.satisfaction()) : "暂无数据");
        assertThat(shown.rows()).anyMatch(r -> KpiFormula.has(r.satisfaction()));
        assertThat(test(grid).getCellText(0, 6)).isEqualTo(String.format("%.1f", first.score()));
        // each handler's trainings of the period beside the scores, recounted in SQL
        for (int row = 0; row < shown.rows().size(); row++) {
            Integer trainings = jdbc.queryForObject(
                    "select count(*) from training_attendee a join training_session s on s.id = a.session_id"
                            + " where a.username = ? and a.attended and s.state = 'HELD' and s.held_on between ? and ?",
                    Integer.class,
                    shown.rows().get(row).key(),
                    shown.first(),
                    shown.last());
            assertThat(test(grid).getCellText(row, 11)).isEqualTo(String.valueOf(trainings));
        }
        assertThat(java.util.stream.IntStream.range(0, shown.rows().size())
                        .mapToObj(row -> test(grid).getCellText(row, 11)))
                .as("the demo's agent was trained last month")
                .anyMatch(text -> !text.equals("0"));
        assertThat($(Paragraph.class).id("kpi-note").getText()).contains("满意度为本组问题已回答调查的平均评分");
        // a row opens the issues behind its numbers, with the formula's parts
        test(grid).clickRow(0);
        Grid<KpiRow.KpiItem> items = $(Grid.class).id("kpi-items");
        List<KpiRow.KpiItem> behind = reports.items(shown, first.key(), false);
        assertThat(behind).hasSize(first.issues());
        assertThat(test(items).size()).isEqualTo(first.issues());
        assertThat(test(items).getCellText(0, 0))
                .isEqualTo("#" + behind.getFirst().id());
        assertThat($(Paragraph.class).id("kpi-explain").getText())
                .startsWith("得分 " + String.format("%.1f", first.score()));
        // the PDF carries the Chinese title and the definition
        String pdf = PdfText.of(((KpiReportView) getCurrentView()).pdfFile());
        assertThat(pdf).contains("KPI 考核", "口径说明", "排名");
        // the footnote and the PDF say that satisfaction comes from the answered surveys, as the column shows
        assertThat($(Paragraph.class).id("kpi-definition").getText())
                .doesNotContain("没有调查答卷")
                .contains("已回答的满意度调查");
        assertThat(pdf.replace("\n", "").replace(" ", ""))
                .doesNotContain("没有调查答卷")
                .contains("已回答的满意度调查");

        Select<KpiPeriod> period = $(Select.class).id("kpi-period");
        test(period).selectItem("季度");
        test($(Button.class).id("kpi-show")).click();
        assertThat(((KpiReportView) getCurrentView()).shown().period()).isEqualTo(KpiPeriod.QUARTER);

        UI.getCurrent().setLocale(Locale.ENGLISH);
        assertThat($(H1.class).single().getText()).isEqualTo("KPI scorecard");
        assertThat($(Paragraph.class).id("kpi-note").getText()).startsWith("Satisfaction is the mean rating");
        assertThat($(H2.class).first().getText()).startsWith("All: ");
    }

    @Test
    @WithUserDetails("admin")
    void weightsThatDoNotAddUpAreSaidAndStayAsTyped() {
        navigate(KpiSettingsView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("KPI 权重设置");
        IntegerField response = $(IntegerField.class).id("kpi-response");
        assertThat(response.getValue()).isEqualTo(30);
        test(response).setValue(35);
        test($(Button.class).id("kpi-save")).click();
        assertThat($(Notification.class).last().getElement().getProperty("text"))
                .isEqualTo("三项权重之和须为 100。");
        assertThat(response.getValue()).isEqualTo(35);
        test($(IntegerField.class).id("kpi-resolution")).setValue(35);
        test($(Button.class).id("kpi-save")).click();
        assertThat($(Paragraph.class).id("kpi-state").getText()).contains("王磊");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        assertThat($(Paragraph.class).id("kpi-state").getText()).startsWith("Weights of this business unit set by");
        // put the seeds' weights back for the other tests on the demo data
        test(response).setValue(30);
        test($(IntegerField.class).id("kpi-resolution")).setValue(40);
        test($(Button.class).id("kpi-save")).click();
        assertThat($(Notification.class).last().getElement().getProperty("text"))
                .startsWith("KPI weights of");
    }
}
