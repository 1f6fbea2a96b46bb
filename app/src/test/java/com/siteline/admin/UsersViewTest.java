package com.siteline.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.admin.ui.UsersView;
import com.siteline.organization.BusinessUnitSummary;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.organization.UserAccount;
import com.siteline.organization.UserSummary;
import com.siteline.testsupport.SitelineSpringTest;
import com.siteline.testsupport.WorkspaceFixture;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** {@code admin/users}: create a user (a bad password is said at its field, nothing typed is lost), deactivate. */
@SitelineSpringTest
@WithUserDetails("admin")
class UsersViewTest extends SpringBrowserlessTest {

    @Autowired
    OrganizationService organization;

    @Test
    @SuppressWarnings("unchecked")
    void anAdministratorCreatesAUserAndDeactivatesThem() {
        String login = "uv-" + WorkspaceFixture.marker().toLowerCase();
        navigate(UsersView.class);
        test($(Button.class).id("new-user")).click();
        test($(TextField.class).id("user-username")).setValue(login);
        test($(TextField.class).id("user-name")).setValue("新来的客服 周敏");
        test($(PasswordField.class).id("user-password")).setValue("88888888");
        ((CheckboxGroup<Role>) $(CheckboxGroup.class).id("user-roles")).setValue(Set.of(Role.AGENT));
        MultiSelectComboBox<BusinessUnitSummary> units =
                $(MultiSelectComboBox.class).id("user-units");
        units.setValue(Set.of(organization.businessUnits().stream()
                .filter(u -> u.code().equals("SH-HOME"))
                .findFirst()
                .orElseThrow()));
        test($(Button.class).id("user-save")).click();

        PasswordField password = $(PasswordField.class).id("user-password");
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).contains("太常见");
        assertThat($(TextField.class).id("user-username").getValue()).isEqualTo(login);
        assertThat(organization.userExists(login)).isFalse();

        test(password).setValue("harbour-lights-7");
        test($(Button.class).id("user-save")).click();
        assertThat(organization.findAccount(login))
                .map(UserAccount::mustChangePassword)
                .contains(true);

        test($(TextField.class).id("users-search")).setValue(login);
        Grid<UserSummary> grid = $(Grid.class).id("users-grid");
        assertThat(test(grid).size()).isEqualTo(1);
        test(grid).clickRow(0);
        test($(Button.class).id("user-toggle")).click();
        assertThat(organization.findAccount(login)).map(UserAccount::enabled).contains(false);
        assertThat(test(grid).getRow(0).enabled()).isFalse();
    }

    @Test
    void aUsersPageShowsTheirTrainingRecord() {
        navigate(UsersView.class);
        test($(TextField.class).id("users-search")).setValue("agent");
        @SuppressWarnings("unchecked")
        Grid<UserSummary> grid = $(Grid.class).id("users-grid");
        int row = java.util.stream.IntStream.range(0, test(grid).size())
                .filter(i -> test(grid).getRow(i).username().equals("agent"))
                .findFirst()
                .orElseThrow();
        test(grid).clickRow(row);
        // the demo's communication-skills training of last month: the agent attended and passed
        assertThat($(com.vaadin.flow.component.html.Div.class)
                        .id("user-trainings")
                        .getElement()
                        .getTextRecursively())
                .contains("培训记录", "客户沟通技巧", "已参加，考核通过/已签字");
    }

    /**
     * A technician (#30): their phone and trades kept with the user; a phone that is no number is said at its field,
     * with the rest of what was typed kept and nothing stored; the dispatch then offers them with both.
     */
    @Test
    @SuppressWarnings("unchecked")
    void anAdministratorAddsATechnicianWithPhoneAndTrades() {
        String login = "tech-" + WorkspaceFixture.marker().toLowerCase();
        navigate(UsersView.class);
        test($(Button.class).id("new-user")).click();
        test($(TextField.class).id("user-username")).setValue(login);
        test($(TextField.class).id("user-name")).setValue("孙师傅");
        test($(PasswordField.class).id("user-password")).setValue("harbour-lights-7");
        ((CheckboxGroup<Role>) $(CheckboxGroup.class).id("user-roles")).setValue(Set.of(Role.TECHNICIAN));
        BusinessUnitSummary property = organization.businessUnits().stream()
                .filter(u -> u.code().equals("BJ-PROPERTY"))
                .findFirst()
                .orElseThrow();
        ((MultiSelectComboBox<BusinessUnitSummary>) $(MultiSelectComboBox.class).id("user-units"))
                .setValue(Set.of(property));
        test($(TextField.class).id("user-phone")).setValue("call me");
        test($(TextField.class).id("user-trades")).setValue("油漆、 防水,油漆");
        test($(Button.class).id("user-save")).click();
        TextField phone = $(TextField.class).id("user-phone");
        assertThat(phone.isInvalid()).isTrue();
        assertThat(phone.getErrorMessage()).isEqualTo("电话只能是数字，可带 + 和空格、横线");
        assertThat($(TextField.class).id("user-trades").getValue()).isEqualTo("油漆、 防水,油漆");
        assertThat(organization.userExists(login)).isFalse();

        test(phone).setValue("139 0000 4444");
        test($(Button.class).id("user-save")).click();
        assertThat(organization.technician(login)).hasValueSatisfying(t -> {
            assertThat(t.phone()).isEqualTo("139 0000 4444");
            assertThat(t.trades()).containsExactly("油漆", "防水");
        });
        assertThat(organization.technicians(property.id()))
                .extracting(com.siteline.organization.Technician::username)
                .contains(login);

        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        navigate(UsersView.class);
        test($(Button.class).id("new-user")).click();
        assertThat($(TextField.class).id("user-trades").getLabel()).isEqualTo("Trades");
        assertThat($(TextField.class).id("user-phone").getLabel())
                .isEqualTo("Mobile (written on the jobs they are sent to)");
    }
}
