package com.siteline.survey;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.survey.ui.CampaignsView;
import com.siteline.testsupport.SitelineSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** The campaigns page as the demo manager reads it: the running campaign, and bad numbers said and kept. */
@SitelineSpringTest
class CampaignsViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("manager")
    void theManagerSeesTheRunningCampaignAndBadNumbersAreSaidAndKept() {
        navigate(CampaignsView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("满意度调查活动");
        // the demo's mid-year sampled survey of 滨江花园, below its target so far
        assertThat($(Paragraph.class).id("campaign-rate").getText()).startsWith("回收率 ").contains("（目标 50%");
        assertThat($(com.vaadin.flow.component.html.UnorderedList.class).id("campaign-segments").getElement()
                .getTextRecursively()).contains("重点对象", "随机抽样");
        assertThat($(com.vaadin.flow.component.grid.Grid.class).id("campaign-members")).isNotNull();

        test($(IntegerField.class).id("campaign-target")).setValue(150);
        test($(DatePicker.class).id("campaign-ends")).setValue(LocalDate.now().minusDays(3));
        test($(Button.class).id("campaign-start")).click();
        assertThat($(Paragraph.class).id("campaign-status").getText())
                .isEqualTo("比例须在 0–100% 之间，抽样比例和目标回收率须大于 0。 截止日期须在今天之后、180 天以内。");
        assertThat($(IntegerField.class).id("campaign-target").getValue()).isEqualTo(150);

        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(CampaignsView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Satisfaction survey campaigns");
        assertThat($(Paragraph.class).id("campaign-rate").getText()).startsWith("Response rate ");
    }
}
