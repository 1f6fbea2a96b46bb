package com.siteline.admin.ui;

import com.siteline.audit.AuditTrail;
import com.siteline.audit.ui.AuditHistory;
import com.siteline.base.RefusedException;
import com.siteline.base.ui.Badge;
import com.siteline.base.ui.Formats;
import com.siteline.base.ui.Problems;
import com.siteline.base.ui.ViewFrame;
import com.siteline.base.ui.grid.DataGrid;
import com.siteline.base.ui.grid.GridKit;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.organization.UserAdministration;
import com.siteline.organization.UserDirectory;
import com.siteline.organization.UserGrid;
import com.siteline.organization.UserSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * User administration: every user with roles, units, status and last sign-in; create, edit roles and
 * units, reset a password (the user changes it at the next sign-in), deactivate (open sessions end) and
 * reactivate.
 */
@Route("admin/users")
@RolesAllowed(Role.Names.ADMIN)
@Menu(title = "nav.users", order = 90.5, icon = "vaadin:users")
public class UsersView extends ViewFrame {

    private final transient UserAdministration administration;
    private final transient OrganizationService organization;
    private final DataGrid<UserSummary> grid;

    private final transient AuditTrail audit;

    private final transient com.siteline.training.Trainings trainings;

    public UsersView(
            UserAdministration administration,
            UserDirectory directory,
            OrganizationService organization,
            GridKit kit,
            AuditTrail audit,
            com.siteline.training.Trainings trainings) {
        super("admin.users.title");
        this.trainings = trainings;
        setId("users-view");
        setSizeFull();
        this.administration = administration;
        this.organization = organization;
        this.audit = audit;
        grid = new DataGrid<>(kit, directory);
        grid.column("username", UserSummary::username);
        grid.column("name", UserSummary::displayName);
        grid.column("roles", this::roles);
        grid.column("units", user -> String.join("、", user.businessUnitNames()));
        grid.column("status", this::status)
                .component(this::statusBadges)
                .choiceLabels(value -> getTranslation("admin.users.status." + value));
        grid.column(
                "lastSignIn",
                user -> user.lastSignInAt() == null
                        ? getTranslation("admin.users.never")
                        : Formats.minute(user.lastSignInAt()));
        grid.identity(UserSummary::id).detail(this::panel);
        Button create = new Button(
                getTranslation("admin.users.new"),
                VaadinIcon.PLUS.create(),
                click -> new UserDialog(administration, organization, null, saved -> grid.refresh()).open());
        create.setId("new-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.addToToolbar(create);
        grid.build();
        add(grid);
        setFlexGrow(1, grid);
    }

    private String roles(UserSummary user) {
        return user.roles().stream()
                .map(role -> getTranslation(role.messageKey()))
                .sorted()
                .collect(Collectors.joining("、"));
    }

    private String status(UserSummary user) {
        return getTranslation("admin.users.status." + (user.enabled() ? UserGrid.ACTIVE : UserGrid.INACTIVE));
    }

    private Component statusBadges(UserSummary user) {
        HorizontalLayout badges =
                new HorizontalLayout(new Badge(status(user), user.enabled() ? Badge.Tone.SUCCESS : Badge.Tone.NEUTRAL));
        if (user.mustChangePassword()) {
            badges.add(new Badge(getTranslation("admin.users.must-change"), Badge.Tone.WARNING));
        }
        badges.setSpacing(false);
        return badges;
    }

    private Component panel(UserSummary user) {
        Div panel = new Div();
        panel.setId("user-panel");
        panel.add(new H3(user.displayName() + " · " + user.username()));
        panel.add(new Paragraph(roles(user)), new Paragraph(String.join("、", user.businessUnitNames())));
        panel.add(statusBadges(user));
        Button edit = new Button(
                getTranslation("admin.users.edit"),
                click -> new UserDialog(administration, organization, user, this::changed).open());
        edit.setId("user-edit");
        Button reset = new Button(
                getTranslation("admin.users.reset"),
                click -> new ResetPasswordDialog(administration, user, this::changed).open());
        reset.setId("user-reset-password");
        Button toggle = new Button(
                getTranslation(user.enabled() ? "admin.users.deactivate" : "admin.users.reactivate"),
                click -> toggle(user));
        toggle.setId("user-toggle");
        if (user.enabled()) {
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        FlexLayout actions = new FlexLayout(edit, reset, toggle);
        actions.addClassName("siteline-actions");
        panel.add(actions);
        panel.add(trainingRecord(user));
        panel.add(new AuditHistory(() -> audit.history("user", Long.toString(user.id()), AuditHistory.LIMIT)));
        return panel;
    }

    /** The user's training record: each held session they were asked to, attended or not, passed or not. */
    private Component trainingRecord(UserSummary user) {
        Div record = new Div(new H3(getTranslation("admin.users.trainings")));
        record.setId("user-trainings");
        var sessions = trainings.recordOf(user.username());
        if (sessions.isEmpty()) {
            record.add(new Paragraph(getTranslation("admin.users.trainings.none")));
        }
        for (var session : sessions) {
            var me = session.attendees().stream()
                    .filter(a -> a.username().equals(user.username()))
                    .findFirst()
                    .orElseThrow();
            record.add(new Paragraph(session.heldOn() + " · " + session.topic() + " · "
                    + getTranslation(
                            !me.attended()
                                    ? "admin.users.trainings.absent"
                                    : Boolean.TRUE.equals(me.passed())
                                            ? "admin.users.trainings.passed"
                                            : "admin.users.trainings.attended")));
        }
        return record;
    }

    private void toggle(UserSummary user) {
        try {
            changed(administration.setEnabled(user.id(), user.version(), !user.enabled()));
            Problems.success(getTranslation(
                    user.enabled() ? "admin.users.deactivated" : "admin.users.reactivated", user.displayName()));
        } catch (ObjectOptimisticLockingFailureException e) {
            Problems.error(getTranslation("conflict.saved-by-other"));
            grid.refresh();
        } catch (RefusedException e) {
            Problems.show(this, e);
        }
    }

    private void changed(UserSummary user) {
        grid.refresh();
        grid.refreshPanel(user);
    }
}
