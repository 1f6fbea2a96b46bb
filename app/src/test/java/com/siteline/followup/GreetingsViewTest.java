package com.siteline.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.base.grid.ColumnFilter;
import com.siteline.base.grid.GridLinks;
import com.siteline.base.grid.GridQuery;
import com.siteline.followup.internal.GreetingState;
import com.siteline.followup.internal.GreetingSummary;
import com.siteline.followup.ui.ReturnVisitsView;
import com.siteline.organization.RunAs;
import com.siteline.testsupport.SitelineSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The greetings grid, its panel and the prepare dialog as the demo manager uses them, zh-CN and English. */
@SitelineSpringTest
class GreetingsViewTest extends SpringBrowserlessTest {

    @Autowired
    Greetings greetings;

    @Autowired
    RunAs as;

    @Autowired
    GridLinks links;

    /** Opens the grid on the waiting lines of occasions still ahead (the built-in "waiting" view). */
    private void openWaiting() {
        UI.getCurrent()
                .navigate(
                        "greetings",
                        com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of(
                                GridLinks.PARAMETER,
                                links.encode(GridQuery.empty()
                                        .choice("state", GreetingState.WAITING.name())
                                        .withFilter("date", new ColumnFilter.DateRange(LocalDate.now(), null))))));
    }

    @Test
    @WithUserDetails("manager")
    @SuppressWarnings("unchecked")
    void theManagerGreetsTheNewYearListAfterMistakesAndNothingTypedIsLost() {
        openWaiting();
        assertThat($(H1.class).single().getText()).isEqualTo("节日问候");
        Grid<GreetingSummary> grid = $(Grid.class).id("greetings-grid");
        // the demo: the coming New Year's list, waiting (the first view), and two past holidays' lists done
        List<GreetingSummary> waiting = grid.getGenericDataView().getItems().toList();
        assertThat(waiting).isNotEmpty().allSatisfy(g -> {
            assertThat(g.state()).isEqualTo(GreetingState.WAITING);
            assertThat(g.occasion()).isEqualTo("元旦 New Year");
        });
        assertThat(as.user(
                        "manager",
                        () -> greetings.count(GridQuery.empty()
                                .choice(
                                        "state",
                                        GreetingState.SENT.name(),
                                        GreetingState.CALLED.name(),
                                        GreetingState.SKIPPED.name()))))
                .isPositive();
        assertThat(test(grid).getCellText(0, 2)).isEqualTo(waiting.getFirst().customerName());

        test(grid).clickRow(0);
        GreetingSummary first = waiting.getFirst();
        test($(Button.class).id("greeting-skip")).click();
        assertThat($(TextArea.class).id("greeting-note").getErrorMessage()).isEqualTo("跳过时请写明原因。");
        test($(TextArea.class).id("greeting-note")).setValue("长".repeat(501));
        test($(Button.class).id("greeting-called")).click();
        assertThat($(TextArea.class).id("greeting-note").getErrorMessage()).isEqualTo("备注不能超过 500 个字。");
        assertThat($(TextArea.class).id("greeting-note").getValue()).hasSize(501);
        assertThat(as.user("manager", () -> greetings.get(first.id())).state()).isEqualTo(GreetingState.WAITING);
        test($(TextArea.class).id("greeting-note")).setValue("电话问候，客户说新房住得很舒心");
        test($(Button.class).id("greeting-called")).click();
        assertThat(as.user("manager", () -> greetings.get(first.id()))).satisfies(g -> {
            assertThat(g.state()).isEqualTo(GreetingState.CALLED);
            assertThat(g.note()).isEqualTo("电话问候，客户说新房住得很舒心");
        });

        // the rest of the list, greeted by message at once
        openWaiting();
        Grid<GreetingSummary> rest = $(Grid.class).id("greetings-grid");
        List<GreetingSummary> others = rest.getGenericDataView().getItems().toList();
        assertThat(others).isNotEmpty().noneMatch(g -> g.id() == first.id());
        others.forEach(rest::select);
        test($(Button.class).id("greetings-bulk-send")).click();
        assertThat(others)
                .allSatisfy(g -> assertThat(
                                as.user("manager", () -> greetings.get(g.id())).state())
                        .isEqualTo(GreetingState.SENT));

        // the prepare dialog: a blank occasion and a past day are said at their fields, the rest kept
        test($(Button.class).id("greeting-prepare")).click();
        test($(TextField.class).id("greeting-occasion")).setValue("");
        test($(DatePicker.class).id("greeting-day")).setValue(LocalDate.now().minusDays(2));
        test($(Button.class).id("greeting-prepare-save")).click();
        assertThat($(TextField.class).id("greeting-occasion").getErrorMessage()).isEqualTo("请填写节日名称（不超过 60 个字）。");
        assertThat($(DatePicker.class).id("greeting-day").getErrorMessage()).isEqualTo("请选择今天或以后的节日日期。");
        assertThat($(DatePicker.class).id("greeting-day").getValue())
                .isEqualTo(LocalDate.now().minusDays(2));
        test($(TextField.class).id("greeting-occasion")).setValue("公司周年庆");
        test($(DatePicker.class).id("greeting-day")).setValue(LocalDate.now().plusDays(12));
        test($(Button.class).id("greeting-prepare-save")).click();
        assertThat(as.user(
                        "manager",
                        () -> greetings.count(
                                GridQuery.empty().withFilter("occasion", new ColumnFilter.Text("公司周年庆")))))
                .isPositive();

        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(ReturnVisitsView.class);
        openWaiting();
        assertThat($(H1.class).single().getText()).isEqualTo("Holiday greetings");
        Grid<GreetingSummary> english = $(Grid.class).id("greetings-grid");
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).all())
                .extracting(p -> p.getText())
                .anyMatch(text -> text.startsWith("Before a holiday Siteline lists"));
        assertThat(english.getGenericDataView().getItems().toList())
                .isNotEmpty()
                .allSatisfy(g -> assertThat(g.state()).isEqualTo(GreetingState.WAITING));
    }
}
