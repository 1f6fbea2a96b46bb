package com.siteline.admin.ui;

import com.siteline.base.InvalidInputException;
import com.siteline.base.ui.Problems;
import com.siteline.organization.UserAdministration;
import com.siteline.organization.UserSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.function.Consumer;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** An administrator sets a password to hand over; the user must change it at their next sign-in. */
class ResetPasswordDialog extends Dialog {

    ResetPasswordDialog(UserAdministration administration, UserSummary user, Consumer<UserSummary> saved) {
        setId("reset-password-dialog");
        setHeaderTitle(getTranslation("admin.users.reset-for", user.displayName()));
        PasswordField password = new PasswordField(getTranslation("admin.users.first-password"));
        password.setId("reset-password");
        password.setHelperText(getTranslation("password.rules"));
        password.setWidth("20em");
        add(new Paragraph(getTranslation("admin.users.reset-text")), password);
        Button save = new Button(getTranslation("admin.users.reset"), click -> {
            try {
                saved.accept(administration.resetPassword(user.id(), user.version(), password.getValue()));
                Problems.success(getTranslation("admin.users.reset-done", user.displayName()));
                close();
            } catch (InvalidInputException e) {
                password.setErrorMessage(String.join(
                        " ", e.problems().stream().map(this::getTranslation).toList()));
                password.setInvalid(true);
            } catch (ObjectOptimisticLockingFailureException e) {
                Problems.error(getTranslation("conflict.saved-by-other"));
            }
        });
        save.setId("reset-password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }
}
