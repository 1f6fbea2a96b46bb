package com.siteline.retention;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.organization.RunAs;
import com.siteline.retention.ui.RetentionView;
import com.siteline.testsupport.SitelineSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The retention page in zh-CN and English: the periods, a bad period said and kept, the demo's hold listed. */
@SitelineSpringTest
class RetentionViewTest extends SpringBrowserlessTest {

    @Autowired
    Retention retention;

    @Autowired
    RunAs as;

    @AfterEach
    void chinese() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    @WithUserDetails("manager")
    @SuppressWarnings("unchecked")
    void aManagerReadsThePeriodsAndTheHoldsButChangesNoPeriod() {
        navigate(RetentionView.class);
        Grid<Retention.Rule> rules = $(Grid.class).id("retention-rules");
        assertThat(test(rules).size()).isEqualTo(RetentionType.values().length);
        assertThat(test(rules).getCellText(0, 0)).isEqualTo("沟通记录");
        assertThat(test(rules).getCellText(0, 1)).isEqualTo("36 个月");
        assertThat(test(rules).getCellText(0, 2)).isEqualTo("归档");
        assertThat(test(rules).getCellText(RetentionType.AUDIT.ordinal(), 1)).isEqualTo("永久保存");
        assertThat($(IntegerField.class).withId("retention-months").exists()).isFalse();
        Grid<Retention.Hold> holds = $(Grid.class).id("retention-holds");
        assertThat(holds.getListDataView().getItems())
                .anySatisfy(h -> assertThat(h.reason()).contains("诉讼"));
    }

    @Test
    @WithUserDetails("admin")
    @SuppressWarnings("unchecked")
    void anAdministratorChangesAPeriodAfterABadOneInEnglish() {
        Retention.Rule before = retention.rules().get(RetentionType.PORTAL_EVENT.ordinal());
        UI.getCurrent().setLocale(Locale.ENGLISH);
        try {
            navigate(RetentionView.class);
            Grid<Retention.Rule> rules = $(Grid.class).id("retention-rules");
            rules.select(rules.getListDataView()
                    .getItems()
                    .filter(r -> r.type() == RetentionType.PORTAL_EVENT)
                    .findFirst()
                    .orElseThrow());
            IntegerField months = $(IntegerField.class).id("retention-months");
            test(months).setValue(601);
            test($(Button.class).id("retention-save")).click();
            assertThat(months.isInvalid()).isTrue();
            assertThat(months.getErrorMessage())
                    .isEqualTo("Enter 1 to 600 months, or leave it empty to keep for ever.");
            assertThat(months.getValue()).isEqualTo(601);
            test(months).setValue(24);
            test($(Button.class).id("retention-save")).click();
            assertThat(retention
                            .rules()
                            .get(RetentionType.PORTAL_EVENT.ordinal())
                            .months())
                    .isEqualTo(24);
        } finally {
            Retention.Rule now = retention.rules().get(RetentionType.PORTAL_EVENT.ordinal());
            retention.setRule(RetentionType.PORTAL_EVENT, before.months(), now.version());
        }
    }
}
