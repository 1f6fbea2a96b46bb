package com.siteline.lead;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.lead.ui.LeadsView;
import com.siteline.testsupport.SitelineSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The leads page as the demo's agent uses it, in zh-CN and English: the demo's leads at their stages; a bad phone
 * said at its field with what was typed kept; a lead lost only with its reason.
 */
@SitelineSpringTest
class LeadsViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("agent")
    @SuppressWarnings("unchecked")
    void theAgentKeepsALeadAfterABadPhoneAndLosesOneOnlyWithAReason() {
        navigate(LeadsView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("潜在客户");
        Grid<LeadView> grid = $(Grid.class).id("leads-grid");
        assertThat(grid.getGenericDataView().getItems().map(LeadView::stage).distinct())
                .contains(
                        LeadStage.NEW,
                        LeadStage.CONTACTED,
                        LeadStage.SURVEYED,
                        LeadStage.QUOTED,
                        LeadStage.LOST,
                        LeadStage.WON);

        test($(Button.class).id("lead-new")).click();
        test($(TextField.class).id("lead-name")).setValue("钱女士");
        test($(TextField.class).id("lead-phone")).setValue("电话稍后给");
        test($(Button.class).id("lead-save")).click();
        assertThat($(Paragraph.class).id("lead-status").getText()).contains("请填写正确的电话号码");
        assertThat($(TextField.class).id("lead-phone").isInvalid()).isTrue();
        assertThat($(TextField.class).id("lead-name").getValue()).isEqualTo("钱女士");
        test($(TextField.class).id("lead-phone")).setValue("13722223333");
        ((com.vaadin.flow.component.combobox.ComboBox<LeadSource>)
                        $(com.vaadin.flow.component.combobox.ComboBox.class).id("lead-source"))
                .setValue(LeadSource.WALK_IN);
        test($(Button.class).id("lead-save")).click();
        LeadView fresh = grid.getGenericDataView()
                .getItems()
                .filter(l -> l.name().equals("钱女士"))
                .findFirst()
                .orElseThrow();
        grid.select(fresh);
        // #32: the phone masked until asked for, the reveal kept in the audit log
        assertThat($(com.vaadin.flow.component.html.H3.class).id("lead-title").getText())
                .isEqualTo("钱女士 · 137****3333");
        test($(Button.class).id("lead-reveal")).click();
        assertThat($(com.vaadin.flow.component.html.H3.class).id("lead-title").getText())
                .isEqualTo("钱女士 · 13722223333");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where record_type = 'lead' and record_id = ?"
                                + " and action = 'VIEW' and actor = 'agent'",
                        Long.class,
                        Long.toString(fresh.id())))
                .isEqualTo(1L);
        test($(Button.class).id("lead-lose")).click();
        assertThat($(Paragraph.class).id("lead-status").getText()).isEqualTo("标记流失时请写明原因");
        test($(TextField.class).id("lead-note")).setValue("暂缓装修");
        test($(Button.class).id("lead-lose")).click();
        assertThat(grid.getGenericDataView()
                        .getItems()
                        .filter(l -> l.id() == fresh.id())
                        .findFirst()
                        .orElseThrow()
                        .stage())
                .isEqualTo(LeadStage.LOST);

        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(LeadsView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Leads");
        // masked in English too, the reveal offered in the reader's language
        Grid<LeadView> english = $(Grid.class).id("leads-grid");
        english.select(english.getGenericDataView()
                .getItems()
                .filter(l -> l.id() == fresh.id())
                .findFirst()
                .orElseThrow());
        assertThat($(com.vaadin.flow.component.html.H3.class).id("lead-title").getText())
                .isEqualTo("钱女士 · 137****3333");
        assertThat($(Button.class).id("lead-reveal").getText()).isEqualTo("Show contact details");
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    @WithUserDetails("pm")
    void theWonLeadsHistoryIsOnItsCustomersPage() {
        long customer = jdbc.queryForObject(
                "select customer_id from sales_lead where stage = 'WON' and customer_id is not null order by id limit 1",
                Long.class);
        navigate("customers/" + customer, com.siteline.workspace.ui.Customer360View.class);
        assertThat($(com.vaadin.flow.component.html.Div.class)
                        .id("customer-lead")
                        .getElement()
                        .getTextRecursively())
                .contains("来自潜在客户的跟进记录", "新登记", "已联系", "已量房/勘察", "已报价", "已成交");
    }
}
