package com.siteline.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siteline.base.InvalidInputException;
import com.siteline.base.RefusedException;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.PasswordPolicy;
import com.siteline.organization.Role;
import com.siteline.organization.RunAs;
import com.siteline.organization.UserAccount;
import com.siteline.organization.UserAdministration;
import com.siteline.organization.UserSummary;
import com.siteline.testsupport.SitelineSpringTest;
import com.siteline.testsupport.WorkspaceFixture;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** Administrators manage users through the service; the password policy and versions hold whoever calls. */
@SitelineSpringTest
class UserAdministrationTest {

    @Autowired
    UserAdministration administration;

    @Autowired
    OrganizationService organization;

    @Autowired
    RunAs as;

    private static String login() {
        return "ua-" + WorkspaceFixture.marker().toLowerCase();
    }

    @Test
    void theFirstPasswordMustBeChangedAndTheUserChangesItThemselves() {
        String login = login();
        UserSummary created = as.user(
                "admin",
                () -> administration.create(login, "新同事 王芳", "temporary-1234", Set.of(Role.AGENT), List.of("SH-HOME")));
        assertThat(created.mustChangePassword()).isTrue();
        assertThat(organization.businessUnitsOf(login))
                .extracting(u -> u.code())
                .containsExactly("SH-HOME");

        assertThatThrownBy(() -> as.user(login, () -> administration.changeOwnPassword("wrong", "a-new-secret-99")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsExactly("password.error.current"));
        assertThatThrownBy(() ->
                        as.user(login, () -> administration.changeOwnPassword("temporary-1234", "temporary-1234")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsExactly("password.error.same"));
        as.user(login, () -> administration.changeOwnPassword("temporary-1234", "a-new-secret-99"));
        assertThat(organization.findAccount(login))
                .map(UserAccount::mustChangePassword)
                .contains(false);
    }

    @Test
    void thePolicyRefusesShortCommonAndNameBearingPasswords() {
        assertThat(PasswordPolicy.problems("wangfang", "short")).containsExactly("admin.users.error.password");
        assertThat(PasswordPolicy.problems("wangfang", "x".repeat(129))).containsExactly("admin.users.error.password");
        assertThat(PasswordPolicy.problems("wangfang", "Password")).containsExactly("password.error.common");
        assertThat(PasswordPolicy.problems("wangfang", "88888888")).containsExactly("password.error.common");
        assertThat(PasswordPolicy.problems("wangfang", "WangFang2026")).containsExactly("password.error.username");
        assertThat(PasswordPolicy.problems("wangfang", "长城外墙涂料二〇二六")).isEmpty();
        String login = login();
        assertThatThrownBy(() -> as.user(
                        "admin",
                        () -> administration.create(login, "同事", "12345678", Set.of(Role.AGENT), List.of("SH-HOME"))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsExactly("password.error.common"));
        assertThat(organization.userExists(login)).isFalse();
    }

    @Test
    void editsNameTheVersionSeenAndOnlyAdministratorsMakeThem() {
        String login = login();
        UserSummary created = as.user(
                "admin",
                () -> administration.create(login, "同事甲", "temporary-1234", Set.of(Role.AGENT), List.of("SH-HOME")));
        UserSummary edited = as.user(
                "admin",
                () -> administration.update(
                        created.id(),
                        created.version(),
                        "同事甲（组长）",
                        Set.of(Role.AGENT, Role.MANAGER),
                        List.of("SH-HOME", "EAST-PAINT")));
        assertThat(edited.roles()).containsExactlyInAnyOrder(Role.AGENT, Role.MANAGER);
        assertThat(organization.unitNamesOf(login)).hasSize(2);

        assertThatThrownBy(() -> as.user(
                        "admin",
                        () -> administration.update(
                                created.id(), created.version(), "旧版本", Set.of(Role.AGENT), List.of("SH-HOME"))))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(
                        () -> as.user("manager", () -> administration.setEnabled(edited.id(), edited.version(), false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.user(
                        "agent", () -> administration.resetPassword(edited.id(), edited.version(), "hand-over-2026")))
                .isInstanceOf(AccessDeniedException.class);

        UserSummary reset =
                as.user("admin", () -> administration.resetPassword(edited.id(), edited.version(), "hand-over-2026"));
        assertThat(reset.mustChangePassword()).isTrue();
        UserSummary off = as.user("admin", () -> administration.setEnabled(reset.id(), reset.version(), false));
        assertThat(off.enabled()).isFalse();
        assertThat(organization.findAccount(login)).map(UserAccount::enabled).contains(false);
    }

    @Test
    void anAdministratorCannotLockThemselvesOut() {
        UserSummary admin = organization.users().stream()
                .filter(u -> u.username().equals("admin"))
                .findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> as.user("admin", () -> administration.setEnabled(admin.id(), admin.version(), false)))
                .isInstanceOfSatisfying(
                        RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("admin.users.refused.self"));
        assertThatThrownBy(() -> as.user(
                        "admin",
                        () -> administration.update(
                                admin.id(), admin.version(), admin.displayName(), Set.of(Role.MANAGER), List.of())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsExactly("admin.users.error.own-admin"));
        assertThat(organization.findAccount("admin")).map(UserAccount::enabled).contains(true);
    }
}
