package com.siteline.admin.ui;

import com.siteline.base.InvalidInputException;
import com.siteline.base.ui.Problems;
import com.siteline.organization.BusinessUnitSummary;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.organization.UserAdministration;
import com.siteline.organization.UserSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * A new user (login, name, first password, roles, units) or an existing one's name, roles and units.
 * Each problem shows at its field and what was typed stays.
 */
class UserDialog extends Dialog {

    private final TextField username = new TextField();
    private final TextField name = new TextField();
    private final PasswordField password = new PasswordField();
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    private final MultiSelectComboBox<BusinessUnitSummary> units = new MultiSelectComboBox<>();
    private final TextField phone = new TextField();
    private final TextField trades = new TextField();

    /** @param user the user to edit, or null for a new one */
    UserDialog(
            UserAdministration administration,
            OrganizationService organization,
            UserSummary user,
            Consumer<UserSummary> saved) {
        setId("user-dialog");
        setHeaderTitle(getTranslation(user == null ? "admin.users.new" : "admin.users.edit"));
        username.setId("user-username");
        username.setLabel(getTranslation("admin.users.username"));
        username.setMaxLength(60);
        name.setId("user-name");
        name.setLabel(getTranslation("admin.users.name"));
        name.setMaxLength(120);
        password.setId("user-password");
        password.setLabel(getTranslation("admin.users.first-password"));
        password.setHelperText(getTranslation("password.rules"));
        roles.setId("user-roles");
        roles.setLabel(getTranslation("admin.users.roles"));
        roles.setItems(Role.ADMIN, Role.MANAGER, Role.AGENT, Role.PROJECT_MANAGER, Role.TECHNICIAN);
        roles.setItemLabelGenerator(role -> getTranslation(role.messageKey()));
        units.setId("user-units");
        units.setLabel(getTranslation("admin.users.units"));
        List<BusinessUnitSummary> all = organization.businessUnits();
        units.setItems(all);
        units.setItemLabelGenerator(BusinessUnitSummary::name);
        phone.setId("user-phone");
        phone.setLabel(getTranslation("admin.users.phone"));
        phone.setMaxLength(30);
        trades.setId("user-trades");
        trades.setLabel(getTranslation("admin.users.trades"));
        trades.setHelperText(getTranslation("admin.users.trades.help"));
        FormLayout form = new FormLayout(username, name, password, roles, units, phone, trades);
        if (user != null) {
            username.setValue(user.username());
            username.setReadOnly(true);
            password.setVisible(false);
            name.setValue(user.displayName());
            roles.setValue(user.roles());
            phone.setValue(java.util.Objects.requireNonNullElse(administration.phoneOf(user.id()), ""));
            trades.setValue(java.util.Objects.requireNonNullElse(administration.tradesOf(user.id()), "")
                    .replace(",", "\u3001"));
            units.setValue(all.stream()
                    .filter(u -> user.businessUnitNames().contains(u.name()))
                    .collect(Collectors.toSet()));
        }
        add(form);
        Button save = new Button(getTranslation("action.save"), click -> {
            Set<String> codes = units.getValue().stream()
                    .map(BusinessUnitSummary::code)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            try {
                saved.accept(
                        user == null
                                ? administration.create(
                                        username.getValue().strip(),
                                        name.getValue(),
                                        password.getValue(),
                                        roles.getValue(),
                                        codes,
                                        phone.getValue(),
                                        trades.getValue())
                                : administration.update(
                                        user.id(),
                                        user.version(),
                                        name.getValue(),
                                        roles.getValue(),
                                        codes,
                                        phone.getValue(),
                                        trades.getValue()));
                close();
            } catch (InvalidInputException e) {
                show(e);
            } catch (ObjectOptimisticLockingFailureException e) {
                Problems.error(getTranslation("conflict.saved-by-other"));
            }
        });
        save.setId("user-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    /** Each problem at its field; what was typed stays. */
    private void show(InvalidInputException problems) {
        Problems.show(
                this,
                problems,
                Problems.at(username, UserAdministration.Field.USERNAME),
                Problems.at(name, UserAdministration.Field.DISPLAY_NAME),
                Problems.at(password, UserAdministration.Field.PASSWORD),
                Problems.at(roles, UserAdministration.Field.ROLES),
                Problems.at(units, UserAdministration.Field.UNITS),
                Problems.at(phone, UserAdministration.Field.PHONE),
                Problems.at(trades, UserAdministration.Field.TRADES));
    }
}
