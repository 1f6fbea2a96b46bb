package com.siteline.obligation;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.obligation.ui.EventPlansView;
import com.siteline.testsupport.SitelineSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The yearly event plan as the demo's manager reads it, in zh-CN and English: this year's approved plan of 滨江花园
 * with an event each quarter; next year's being written; an event outside the year said at its field, kept.
 */
@SitelineSpringTest
class EventPlansViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("manager")
    @SuppressWarnings("unchecked")
    void thisYearsPlanIsApprovedAndABadDayIsSaidAndKept() {
        navigate(EventPlansView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("全年社区文化活动计划");
        Select<com.siteline.organization.BusinessUnitSummary> unit =
                $(Select.class).id("event-plan-unit");
        assertThat(unit.getValue().code()).isEqualTo("BJ-PROPERTY");
        assertThat($(Paragraph.class).id("event-plan-state").getText()).isEqualTo("计划已审批");
        Grid<EventPlanView.Event> events = $(Grid.class).id("event-plan-events");
        assertThat(events.getGenericDataView()
                        .getItems()
                        .map(e -> (e.day().getMonthValue() - 1) / 3)
                        .distinct())
                .hasSize(4);

        int next = LocalDate.now().getYear() + 1;
        ((Select<Integer>) $(Select.class).id("event-plan-year")).setValue(next);
        assertThat($(Paragraph.class).id("event-plan-state").getText()).isEqualTo("计划编制中（未审批）");
        test($(DatePicker.class).id("event-plan-day")).setValue(LocalDate.of(next + 1, 1, 5));
        test($(TextField.class).id("event-plan-title")).setValue("元宵灯谜会");
        test($(Button.class).id("event-plan-add")).click();
        assertThat($(Paragraph.class).id("event-plan-status").getText()).isEqualTo("请选择该年度内的日期");
        assertThat($(DatePicker.class).id("event-plan-day").isInvalid()).isTrue();
        assertThat($(TextField.class).id("event-plan-title").getValue()).isEqualTo("元宵灯谜会");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(EventPlansView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Yearly community event plan");
    }
}
