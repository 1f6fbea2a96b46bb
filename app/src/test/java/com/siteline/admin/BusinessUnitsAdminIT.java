package com.siteline.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.organization.BusinessUnitSummary;
import com.siteline.organization.OrganizationService;
import com.siteline.testsupport.SitelineSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Admins create business units and rename them (an IT: it adds a unit, which the screens' tests that count the demo's
 * three units must not see).
 */
@SitelineSpringTest
@WithUserDetails("admin")
class BusinessUnitsAdminIT extends SpringBrowserlessTest {

    @Autowired
    OrganizationService organization;

    /** #30: admins create a unit and rename it; a bad code or an empty name is said, what was typed kept. */
    @Test
    @SuppressWarnings("unchecked")
    void anAdminCreatesAUnitAndRenamesIt() {
        String code = "T-" + (System.nanoTime() % 100_000);
        navigate(com.siteline.admin.ui.BusinessUnitsView.class);
        test($(com.vaadin.flow.component.button.Button.class).id("new-unit")).click();
        test($(com.vaadin.flow.component.textfield.TextField.class).id("new-unit-code"))
                .setValue("bad code");
        test($(com.vaadin.flow.component.textfield.TextField.class).id("new-unit-name"))
                .setValue("苏州外墙事业部");
        ((com.vaadin.flow.component.checkbox.CheckboxGroup<String>)
                        $(com.vaadin.flow.component.checkbox.CheckboxGroup.class)
                                .id("new-unit-plugins"))
                .select("exterior-painting");
        test($(com.vaadin.flow.component.button.Button.class).id("new-unit-save"))
                .click();
        assertThat($(com.vaadin.flow.component.html.Paragraph.class)
                        .id("new-unit-status")
                        .getText())
                .contains("大写字母");
        assertThat($(com.vaadin.flow.component.textfield.TextField.class)
                        .id("new-unit-name")
                        .getValue())
                .isEqualTo("苏州外墙事业部");
        assertThat(organization.businessUnitExists("bad code")).isFalse();
        test($(com.vaadin.flow.component.textfield.TextField.class).id("new-unit-code"))
                .setValue(code);
        test($(com.vaadin.flow.component.button.Button.class).id("new-unit-save"))
                .click();
        assertThat(organization.businessUnitExists(code)).isTrue();
        BusinessUnitSummary made = organization.businessUnits().stream()
                .filter(u -> u.code().equals(code))
                .findFirst()
                .orElseThrow();
        assertThat(made.pluginIds()).containsExactly("exterior-painting");

        // renamed from the editor: an empty name is said at the field and nothing changes
        com.vaadin.flow.component.textfield.TextField name =
                $(com.vaadin.flow.component.textfield.TextField.class).id("unit-name");
        assertThat(name.getValue()).isEqualTo("苏州外墙事业部");
        test(name).setValue(" ");
        test($(com.vaadin.flow.component.button.Button.class).id("save-unit")).click();
        assertThat(name.isInvalid()).isTrue();
        test(name).setValue("苏州外墙涂装事业部");
        test($(com.vaadin.flow.component.button.Button.class).id("save-unit")).click();
        assertThat(organization.businessUnits().stream()
                        .filter(u -> u.code().equals(code))
                        .findFirst()
                        .orElseThrow()
                        .name())
                .isEqualTo("苏州外墙涂装事业部");
    }
}
