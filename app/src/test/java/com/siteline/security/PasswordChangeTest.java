package com.siteline.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.issue.ui.InboxView;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.organization.RunAs;
import com.siteline.organization.UserAccount;
import com.siteline.organization.UserAdministration;
import com.siteline.security.ui.ChangePasswordView;
import com.siteline.testsupport.SitelineSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** A user whose password an administrator set is taken to change it first, wherever they go. */
@SitelineSpringTest
@WithUserDetails(value = "gate-tester", setupBefore = TestExecutionEvent.TEST_EXECUTION)
class PasswordChangeTest extends SpringBrowserlessTest {

    @Autowired
    UserAdministration administration;

    @Autowired
    OrganizationService organization;

    @Autowired
    RunAs as;

    @BeforeEach
    void aUserWithAHandedOverPassword() {
        if (!organization.userExists("gate-tester")) {
            as.user(
                    "admin",
                    () -> administration.create(
                            "gate-tester", "新同事", "handed-over-1", Set.of(Role.AGENT), List.of("SH-HOME")));
        }
    }

    @Test
    void theyChangeItBeforeAnythingElseAndAreThenLetThrough() {
        UI.getCurrent().navigate("inbox");
        assertThat(getCurrentView()).isInstanceOf(ChangePasswordView.class);

        test($(PasswordField.class).id("password-current")).setValue("handed-over-1");
        test($(PasswordField.class).id("password-new")).setValue("my-own-secret-2026");
        test($(PasswordField.class).id("password-repeat")).setValue("my-own-secret-2027");
        test($(Button.class).id("password-save")).click();
        assertThat($(PasswordField.class).id("password-repeat").isInvalid()).isTrue();
        assertThat($(PasswordField.class).id("password-new").getValue()).isEqualTo("my-own-secret-2026");

        test($(PasswordField.class).id("password-repeat")).setValue("my-own-secret-2026");
        test($(Button.class).id("password-save")).click();
        assertThat(organization.findAccount("gate-tester"))
                .map(UserAccount::mustChangePassword)
                .contains(false);
        UI.getCurrent().navigate("inbox");
        assertThat(getCurrentView()).isInstanceOf(InboxView.class);
    }
}
