package com.siteline.security.ui;

import com.siteline.base.InvalidInputException;
import com.siteline.base.ui.BrandMark;
import com.siteline.base.ui.Problems;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.UserAccount;
import com.siteline.organization.UserAdministration;
import com.siteline.security.CurrentUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * A user changes their own password here; one whose password an administrator set (a new account, a
 * reset) is brought here before anything else. What was typed stays when something must be fixed.
 */
@Route(value = "change-password", autoLayout = false)
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    private final PasswordField current = new PasswordField();
    private final PasswordField next = new PasswordField();
    private final PasswordField repeat = new PasswordField();

    public ChangePasswordView(UserAdministration users, CurrentUser currentUser, OrganizationService organization) {
        setId("change-password");
        addClassName("siteline-login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        BrandMark brand = new BrandMark();
        brand.setName(getTranslation("app.name"));
        current.setId("password-current");
        current.setLabel(getTranslation("password.current"));
        next.setId("password-new");
        next.setLabel(getTranslation("password.new"));
        next.setHelperText(getTranslation("password.rules"));
        repeat.setId("password-repeat");
        repeat.setLabel(getTranslation("password.repeat"));
        for (PasswordField field : List.of(current, next, repeat)) {
            field.setWidth("20em");
            field.setRequired(true);
        }
        Button save = new Button(getTranslation("password.change"), click -> {
            current.setInvalid(false);
            next.setInvalid(false);
            repeat.setInvalid(false);
            if (!next.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage(getTranslation("password.error.repeat"));
                repeat.setInvalid(true);
                return;
            }
            try {
                users.changeOwnPassword(current.getValue(), next.getValue());
                UI.getCurrent().navigate("");
            } catch (InvalidInputException e) {
                Problems.show(
                        this,
                        e,
                        Problems.at(current, UserAdministration.PasswordChange.CURRENT),
                        Problems.at(next, UserAdministration.PasswordChange.NEXT));
            }
        });
        save.setId("password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        boolean setByAdministrator = currentUser
                .username()
                .flatMap(organization::findAccount)
                .map(UserAccount::mustChangePassword)
                .orElse(false);
        Paragraph why = new Paragraph(getTranslation("password.why"));
        why.setVisible(setByAdministrator);
        add(brand, new H2(getTranslation("password.title")), why, current, next, repeat, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title") + " · " + getTranslation("app.name");
    }
}
