package com.siteline.improvement;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.base.ui.Formats;
import com.siteline.improvement.ui.ImprovementsView;
import com.siteline.testsupport.SitelineSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The improvements grid and the raise dialog as the demo's manager uses them, in zh-CN and English: the demo's open,
 * overdue, to-verify and verified actions; an action typed wrong (its fields marked, nothing typed lost), then raised.
 */
@SitelineSpringTest
class ImprovementsViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("manager")
    @SuppressWarnings("unchecked")
    void theManagerSeesTheDemoActionsAndRaisesOne() {
        navigate(ImprovementsView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("改进措施");
        Grid<ImprovementRow> grid = $(Grid.class).id("improvements-grid");
        LocalDate today = LocalDate.now(Formats.DEFAULT_ZONE);
        // the demo: a verified action, one waiting for its verification, an overdue one from a report's row
        assertThat(grid.getGenericDataView().getItems())
                .anyMatch(r ->
                        r.state() == ImprovementState.VERIFIED && r.verifiedBy().equals("manager"))
                .anyMatch(r -> r.state() == ImprovementState.IMPLEMENTED)
                .anyMatch(r -> r.overdue(today) && r.source() == ImprovementSource.REPORT_ROW);

        test($(Button.class).id("improvement-raise")).click();
        test($(TextArea.class).id("improvement-measure")).setValue("客服交接班时逐条交接未回复的承诺");
        test($(Button.class).id("improvement-save")).click();
        assertThat($(Paragraph.class).id("improvement-status").getText())
                .isEqualTo("请说明来源（哪份投诉、哪张报表的哪一行……）。 请填写发现的原因。 请选择本业务单元的人员作为负责人。");
        assertThat($(TextField.class).id("improvement-source-label").isInvalid())
                .isTrue();
        assertThat($(TextArea.class).id("improvement-measure").isInvalid()).isFalse();
        assertThat($(TextArea.class).id("improvement-measure").getValue()).isEqualTo("客服交接班时逐条交接未回复的承诺");
        test($(TextField.class).id("improvement-source-label")).setValue("KPI 考核 · 李娜 · 承诺回复按时率 82%");
        test($(TextArea.class).id("improvement-cause")).setValue("下班前未交接承诺回复");
        ((ComboBox<String>) $(ComboBox.class).id("improvement-owner")).setValue("agent");
        test($(Button.class).id("improvement-save")).click();
        assertThat(grid.getGenericDataView().getItems())
                .anyMatch(
                        r -> r.measure().equals("客服交接班时逐条交接未回复的承诺") && r.owner().equals("agent"));

        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(ImprovementsView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Improvement actions");
    }
}
