package com.siteline.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.organization.BusinessUnitSummary;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.RunAs;
import com.siteline.sdk.IssueType;
import com.siteline.sdk.Urgency;
import com.siteline.sla.ui.ResponseTimesView;
import com.siteline.testsupport.SitelineSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The admin edits a plugin's rules, sees mistakes explained, tests an issue and resets to defaults. */
@SitelineSpringTest
@WithUserDetails("admin")
class ResponseTimesViewTest extends SpringBrowserlessTest {

    @Autowired
    ResponseRuleService rules;

    @Autowired
    RunAs as;

    @Autowired
    OrganizationService organization;

    @AfterEach
    void backToDefaults() {
        as.user("admin", () -> rules.resetToDefaults("home-decoration", rules.version("home-decoration")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAdminChangesTheUrgentComplaintTargetAndTheTesterShowsIt() {
        navigate(ResponseTimesView.class);
        Select<String> plugin = $(Select.class).id("rules-plugin");
        plugin.setValue("home-decoration");
        List<ResponseRule> defaults = rules.rules("home-decoration");
        int row = -1;
        for (int i = 0; i < defaults.size(); i++) {
            if (defaults.get(i).issueType() == IssueType.COMPLAINT
                    && defaults.get(i).urgency() == Urgency.URGENT) {
                row = i;
            }
        }
        Grid<Integer> grid = $(Grid.class).id("rules-grid");
        test(grid).select(row);
        BigDecimalField first = $(BigDecimalField.class).id("rule-first-response");
        assertThat(first.getValue()).isEqualByComparingTo("2");

        // a mistake first: no first-response target; the list says so and cannot be saved
        first.setValue(null);
        test($(Button.class).id("apply-rule")).click();
        assertThat($(Div.class).id("rules-problems").getElement().getTextRecursively())
                .contains("规则 " + (row + 1))
                .contains("必须填写首次响应时限");
        assertThat($(Button.class).id("save-rules").isEnabled()).isFalse();

        first.setValue(new BigDecimal("0.5"));
        test($(Button.class).id("apply-rule")).click();
        test($(Button.class).id("save-rules")).click();
        assertThat(rules.customised("home-decoration")).isTrue();
        assertThat(rules.rules("home-decoration").get(row).firstResponseMinutes())
                .isEqualTo(30);

        $(Select.class).id("test-type").setValue(IssueType.COMPLAINT);
        $(Select.class).id("test-urgency").setValue(Urgency.URGENT);
        BusinessUnitSummary unit = organization.businessUnits().stream()
                .filter(u -> u.code().equals("SH-HOME"))
                .findFirst()
                .orElseThrow();
        ((ComboBox<BusinessUnitSummary>) $(ComboBox.class).id("test-unit")).setValue(unit);
        $(DateTimePicker.class).id("test-raised").setValue(LocalDateTime.parse("2026-11-24T10:00"));
        test($(Button.class).id("run-tester")).click();
        assertThat($(Div.class).id("tester-result").getElement().getTextRecursively())
                .contains("适用规则 " + (row + 1))
                .contains("首次响应截止 2026-11-24 10:30");

        test($(Button.class).id("reset-rules")).click();
        assertThat(rules.customised("home-decoration")).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void ofTwoAdminsSavingTheSecondIsToldAndKeepsTheirEdits() {
        navigate(ResponseTimesView.class);
        $(Select.class).id("rules-plugin").setValue("home-decoration");
        Grid<Integer> grid = $(Grid.class).id("rules-grid");
        test(grid).select(0);
        $(BigDecimalField.class).id("rule-first-response").setValue(new BigDecimal("7"));
        test($(Button.class).id("apply-rule")).click();

        // meanwhile another administrator saves the plugin's rules
        List<ResponseRule> theirs = new java.util.ArrayList<>(rules.rules("home-decoration"));
        ResponseRule first = theirs.getFirst();
        theirs.set(
                0,
                new ResponseRule(
                        first.enabled(),
                        first.issueType(),
                        first.categoryId(),
                        first.urgency(),
                        first.stageId(),
                        first.customerTier(),
                        first.customerType(),
                        180L,
                        first.nextUpdateMinutes(),
                        first.resolutionMinutes(),
                        first.businessTime(),
                        first.warnLeadMinutes(),
                        first.escalateAfterMinutes()));
        as.user("admin", () -> rules.save("home-decoration", rules.version("home-decoration"), theirs));

        test($(Button.class).id("save-rules")).click();
        assertThat($(com.vaadin.flow.component.notification.Notification.class)
                        .last()
                        .getElement()
                        .getProperty("text"))
                .contains("另一位管理员刚刚保存了这些规则");
        // their rules are stored; this admin's edit is still on the page
        assertThat(rules.rules("home-decoration").getFirst().firstResponseMinutes())
                .isEqualTo(180L);
        test(grid).select(0);
        assertThat($(BigDecimalField.class).id("rule-first-response").getValue())
                .isEqualByComparingTo("7");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRuleMovedBelowABroaderOneIsFlaggedUnreachable() {
        navigate(ResponseTimesView.class);
        $(Select.class).id("rules-plugin").setValue("home-decoration");
        test($(Button.class).id("add-rule")).click();
        $(Select.class).id("rule-type").setValue(IssueType.COMPLAINT);
        $(BigDecimalField.class).id("rule-first-response").setValue(new BigDecimal("48"));
        test($(Button.class).id("apply-rule")).click();
        // a catch-all complaint rule, moved to the top, shadows the specific complaint rules below it
        Grid<Integer> grid = $(Grid.class).id("rules-grid");
        moveTheLastRuleToTheTop(grid);
        assertThat($(Div.class).id("rules-warnings").getElement().getTextRecursively())
                .contains("永远不会生效")
                .contains("规则 1");
        assertThat($(Button.class).id("save-rules").isEnabled()).isTrue();
    }

    /** A rule for government offices' complaints, put first, in English: shown in the list and chosen by the tester. */
    @Test
    @SuppressWarnings("unchecked")
    void aRuleForACustomerTypeIsShownAndTestedInEnglish() {
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        navigate(ResponseTimesView.class);
        $(Select.class).id("rules-plugin").setValue("home-decoration");
        test($(Button.class).id("add-rule")).click();
        $(Select.class).id("rule-type").setValue(IssueType.COMPLAINT);
        ((ComboBox<CustomerType>) $(ComboBox.class).id("rule-customer-type")).setValue(CustomerType.GOVERNMENT);
        $(BigDecimalField.class).id("rule-first-response").setValue(new BigDecimal("1"));
        test($(Button.class).id("apply-rule")).click();
        Grid<Integer> grid = $(Grid.class).id("rules-grid");
        moveTheLastRuleToTheTop(grid);
        test($(Button.class).id("save-rules")).click();
        assertThat(rules.rules("home-decoration").getFirst().customerType()).isEqualTo(CustomerType.GOVERNMENT);
        assertThat(test(grid).getCellText(0, 7)).isEqualTo("Government");
        assertThat(test(grid).getCellText(1, 7)).isEqualTo("Any");

        $(Select.class).id("test-type").setValue(IssueType.COMPLAINT);
        $(Select.class).id("test-urgency").setValue(Urgency.URGENT);
        ((ComboBox<BusinessUnitSummary>) $(ComboBox.class).id("test-unit"))
                .setValue(organization.businessUnits().stream()
                        .filter(u -> u.code().equals("SH-HOME"))
                        .findFirst()
                        .orElseThrow());
        $(DateTimePicker.class).id("test-raised").setValue(LocalDateTime.parse("2026-11-24T10:00"));
        ComboBox<CustomerType> type = $(ComboBox.class).id("test-customer-type");
        type.setValue(CustomerType.GOVERNMENT);
        test($(Button.class).id("run-tester")).click();
        assertThat($(Div.class).id("tester-result").getElement().getTextRecursively())
                .contains("Rule 1 applies")
                .contains("2026-11-24 11:00");
        type.setValue(CustomerType.INDIVIDUAL);
        test($(Button.class).id("run-tester")).click();
        assertThat($(Div.class).id("tester-result").getElement().getTextRecursively())
                .doesNotContain("Rule 1 applies")
                .contains("2026-11-24 12:00");
    }

    /** Selects the list's last rule (the one just added) and moves it up to be rule 1. */
    private void moveTheLastRuleToTheTop(Grid<Integer> grid) {
        int last = test(grid).size() - 1;
        test(grid).select(last);
        for (int i = 0; i < last; i++) {
            test($(Button.class).id("move-up")).click();
        }
    }
}
