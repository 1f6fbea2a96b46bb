package com.siteline.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.job.ui.JobsView;
import com.siteline.organization.RunAs;
import com.siteline.testsupport.SitelineSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The jobs grid and the dispatch dialog as the demo manager uses them, zh-CN and English. */
@SitelineSpringTest
class JobsViewTest extends SpringBrowserlessTest {

    @Autowired
    Jobs jobs;
    @Autowired
    RunAs as;

    @Test
    @WithUserDetails("manager")
    @SuppressWarnings("unchecked")
    void theManagerDispatchesTheCorridorLightAfterAMistake() {
        navigate(JobsView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("维修工单");
        test($(TextField.class).id("jobs-search")).setValue("楼道灯");
        Grid<JobSummary> grid = $(Grid.class).id("jobs-grid");
        assertThat(test(grid).size()).isEqualTo(1);
        JobSummary light = grid.getGenericDataView().getItems().findFirst().orElseThrow();
        assertThat(light.state()).isEqualTo(JobState.REQUESTED);
        assertThat(test(grid).getCellText(0, 2)).isEqualTo("楼道灯长期不亮");
        test(grid).clickRow(0);
        test($(Button.class).id("job-next")).click();
        test($(BigDecimalField.class).id("job-quote")).setValue(new BigDecimal("30"));
        test($(Button.class).id("job-save")).click();
        assertThat($(Paragraph.class).id("job-status").getText())
                .isEqualTo("请填写维修师傅或班组（不超过 100 字）。 保修期外的工单须填写报价并确认客户已接受。");
        assertThat($(BigDecimalField.class).id("job-quote").getValue()).isEqualByComparingTo("30");
        test($(TextField.class).id("job-technician")).setValue("王师傅（电工班）");
        test($(Checkbox.class).id("job-quote-accepted")).click();
        test($(Button.class).id("job-save")).click();
        JobSummary dispatched = as.user("manager", () -> jobs.get(light.id()));
        assertThat(dispatched.state()).isEqualTo(JobState.DISPATCHED);
        assertThat(dispatched.technician()).isEqualTo("王师傅（电工班）");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(JobsView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Repair jobs");
    }
}
