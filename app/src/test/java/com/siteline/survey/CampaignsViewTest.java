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
        assertThat($(Paragraph.class).id("campaign-rate").getText())
                .startsWith("回收率 ")
                .contains("（目标 50%");
        assertThat($(com.vaadin.flow.component.html.UnorderedList.class)
                        .id("campaign-segments")
                        .getElement()
                        .getTextRecursively())
                .contains("重点对象", "随机抽样");
        assertThat($(com.vaadin.flow.component.grid.Grid.class).id("campaign-members"))
                .isNotNull();

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

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    @WithUserDetails("manager")
    @SuppressWarnings("unchecked")
    void theDraftedCampaignOfTheYearsObligationFillsTheStartForm() {
        // the demo drafted 滨江花园's next survey obligation for the manager
        java.util.Map<String, Object> draft = jdbc.queryForMap(
                "select id, template_id, due_on from campaign_draft where campaign_id is null order by id limit 1");
        long id = ((Number) draft.get("id")).longValue();
        LocalDate due = ((java.sql.Date) draft.get("due_on")).toLocalDate();
        navigate(CampaignsView.class);
        assertThat($(Paragraph.class).id("campaign-draft-" + id).getText())
                .contains("滨江花园物业服务中心", due.toString())
                .startsWith(due.isBefore(LocalDate.now()) ? "已逾期：" : "待启动：");
        test($(Button.class).id("campaign-draft-use-" + id)).click();
        com.vaadin.flow.component.select.Select<com.siteline.sdk.SurveyTemplate> template =
                $(com.vaadin.flow.component.select.Select.class).id("campaign-template");
        assertThat(template.getValue().id()).isEqualTo(draft.get("template_id"));
        assertThat($(DatePicker.class).id("campaign-ends").getValue())
                .isEqualTo(due.isAfter(LocalDate.now()) ? due : LocalDate.now().plusDays(14));
        assertThat($(IntegerField.class).id("campaign-target").getValue())
                .isEqualTo((int) Math.round(100 * template.getValue().minimumResponseRate()));

        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(CampaignsView.class);
        assertThat($(Paragraph.class).id("campaign-draft-" + id).getText()).contains("滨江花园物业服务中心");
        assertThat($(Button.class).id("campaign-draft-use-" + id).getText()).isEqualTo("Fill in the form below");
    }

    @Test
    @WithUserDetails("manager")
    @SuppressWarnings("unchecked")
    void theDemoCampaignsAreComparedByUnitAndPluginAndAnEmptyChoiceIsSaid() {
        navigate(CampaignsView.class);
        com.vaadin.flow.component.grid.Grid<CampaignComparisons.Group> groups =
                $(com.vaadin.flow.component.grid.Grid.class).id("compare-groups");
        // the running mid-year survey and three finished ones: 滨江花园 has two, the other units one each
        assertThat(test(groups).size()).isEqualTo(3);
        assertThat(java.util.stream.IntStream.range(0, 3)
                        .mapToObj(i -> test(groups).getCellText(i, 0) + "/"
                                + test(groups).getCellText(i, 1)))
                .containsExactlyInAnyOrder("滨江花园物业服务中心/2", "上海家装事业部/1", "华东外墙涂装事业部/1");
        assertThat($(com.vaadin.flow.component.html.Div.class)
                        .id("compare-results")
                        .getElement()
                        .getTextRecursively())
                .contains("满意度", "平均", "滨江花园物业服务中心");
        test($(com.vaadin.flow.component.select.Select.class).id("compare-by")).selectItem("样本分层");
        assertThat(java.util.stream.IntStream.range(0, test(groups).size())
                        .mapToObj(i -> test(groups).getCellText(i, 0)))
                .contains("重点对象", "随机抽样", "全体客户");

        $(com.vaadin.flow.component.combobox.MultiSelectComboBox.class)
                .id("compare-campaigns")
                .clear();
        assertThat($(Paragraph.class).id("compare-empty").getText()).isEqualTo("请至少选择一个调查活动进行对比。");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(CampaignsView.class);
        test($(com.vaadin.flow.component.select.Select.class).id("compare-by")).selectItem("Plugin");
        assertThat(java.util.stream.IntStream.range(0, test(groups()).size())
                        .mapToObj(i -> test(groups()).getCellText(i, 0)))
                .hasSize(3)
                .doesNotContain("property-management");
        assertThat($(com.vaadin.flow.component.html.H3.class).all())
                .extracting(h -> h.getText())
                .contains("Campaigns compared");
    }

    @SuppressWarnings("unchecked")
    private com.vaadin.flow.component.grid.Grid<CampaignComparisons.Group> groups() {
        return $(com.vaadin.flow.component.grid.Grid.class).id("compare-groups");
    }
}
