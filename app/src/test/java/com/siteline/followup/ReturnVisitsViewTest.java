package com.siteline.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.base.grid.GridLinks;
import com.siteline.base.grid.GridQuery;
import com.siteline.base.ui.Formats;
import com.siteline.followup.ui.ReturnVisitsView;
import com.siteline.organization.RunAs;
import com.siteline.report.ui.OverviewView;
import com.siteline.testsupport.SitelineSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The return-visits grid and the visit dialog as the demo agent uses them, zh-CN and English. */
@SitelineSpringTest
class ReturnVisitsViewTest extends SpringBrowserlessTest {

    @Autowired
    ReturnVisits visits;

    @Autowired
    RunAs as;

    @Autowired
    GridLinks links;

    @Test
    @WithUserDetails("agent")
    @SuppressWarnings("unchecked")
    void theAgentRecordsAVisitAfterAMistakeAndNothingTypedIsLost() {
        navigate(ReturnVisitsView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("回访");
        // the demo: the villa's first visit is due this week
        test($(TextField.class).id("return-visits-search")).setValue("虹梅路");
        Grid<VisitSummary> grid = $(Grid.class).id("return-visits-grid");
        assertThat(test(grid).size()).isPositive();
        VisitSummary due = test(grid).size() > 0 ? visitOf(grid) : null;
        assertThat(due.state()).isEqualTo(VisitState.DUE);
        assertThat(test(grid).getCellText(0, 1)).isEqualTo(due.customerName());
        assertThat(test(grid).getCellText(0, 4)).isEqualTo("第 1 次（竣工后 1 个月）");
        test(grid).clickRow(0);
        test($(Button.class).id("visit-record")).click();
        test($(TextArea.class).id("visit-remarks")).setValue("客户对软装搭配满意");
        test($(Button.class).id("visit-save")).click();
        assertThat($(Paragraph.class).id("visit-status").getText()).isEqualTo("请选择客户的满意度。");
        assertThat($(TextArea.class).id("visit-remarks").getValue()).isEqualTo("客户对软装搭配满意");
        // the refusal names the satisfaction (VisitOutcome.Field.SATISFACTION): that field is marked, the rest not
        assertThat($(RadioButtonGroup.class).id("visit-satisfaction").isInvalid())
                .isTrue();
        assertThat($(TextArea.class).id("visit-remarks").isInvalid()).isFalse();
        test($(Checkbox.class).id("visit-raise")).click();
        test($(RadioButtonGroup.class).id("visit-satisfaction")).selectItem("★★★★ 满意");
        test($(Button.class).id("visit-save")).click();
        assertThat($(Paragraph.class).id("visit-status").getText()).isEqualTo("要登记问题，请先写下发现的问题。");
        assertThat($(RadioButtonGroup.class).id("visit-satisfaction").isInvalid())
                .isFalse();
        assertThat($(TextArea.class).id("visit-problems").isInvalid()).isTrue();
        test($(Checkbox.class).id("visit-raise")).click();
        // home decoration's own visit form: its two required questions unanswered, marked, nothing lost
        test($(Button.class).id("visit-save")).click();
        assertThat($(Paragraph.class).id("visit-status").getText()).isEqualTo("请修改标红的字段，您填写的内容已保留。");
        assertThat($(RadioButtonGroup.class).id("visit-form-walls-floors").isInvalid())
                .isTrue();
        assertThat($(RadioButtonGroup.class).id("visit-form-doors-cabinets").isInvalid())
                .isFalse();
        assertThat($(TextArea.class).id("visit-remarks").getValue()).isEqualTo("客户对软装搭配满意");
        test($(RadioButtonGroup.class).id("visit-form-walls-floors")).selectItem("否");
        test($(RadioButtonGroup.class).id("visit-form-water-power")).selectItem("否");
        test($(RadioButtonGroup.class).id("visit-form-air")).selectItem("无异味");
        test($(Button.class).id("visit-save")).click();
        assertThat(as.user("agent", () -> visits.formAnswers(due.id())))
                .containsEntry("walls-floors", false)
                .containsEntry("air", "fine");
        VisitSummary done = as.user("agent", () -> visits.get(due.id()));
        assertThat(done.state()).isEqualTo(VisitState.DONE);
        assertThat(done.satisfaction()).isEqualTo(4);
        assertThat(done.remarks()).isEqualTo("客户对软装搭配满意");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(ReturnVisitsView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Return visits");
    }

    @Test
    @WithUserDetails("manager")
    @SuppressWarnings("unchecked")
    void theOverviewsOverdueTileOpensExactlyTheOverdueVisits() {
        navigate(OverviewView.class);
        com.vaadin.flow.component.html.Anchor tile =
                $(com.vaadin.flow.component.html.Anchor.class).id("tile-visits-overdue");
        String href = tile.getHref();
        GridQuery query = links.decode(href.substring(href.indexOf("?q=") + 3)).orElseThrow();
        long overdue = visits.count(query);
        assertThat(overdue).isPositive();
        assertThat($(com.vaadin.flow.component.html.Span.class)
                        .id("tile-visits-overdue-count")
                        .getText())
                .isEqualTo(String.valueOf(overdue));
        UI.getCurrent()
                .navigate(
                        "return-visits",
                        com.vaadin.flow.router.QueryParameters.simple(
                                java.util.Map.of(GridLinks.PARAMETER, href.substring(href.indexOf("?q=") + 3))));
        Grid<VisitSummary> grid = $(Grid.class).id("return-visits-grid");
        assertThat(test(grid).size()).isEqualTo((int) overdue);
        java.time.LocalDate today = java.time.LocalDate.now(Formats.DEFAULT_ZONE);
        assertThat(grid.getGenericDataView().getItems().toList()).allSatisfy(v -> {
            assertThat(v.state()).isEqualTo(VisitState.DUE);
            assertThat(v.dueOn()).isBefore(today);
        });
    }

    private static VisitSummary visitOf(Grid<VisitSummary> grid) {
        return grid.getGenericDataView().getItems().findFirst().orElseThrow();
    }
}
