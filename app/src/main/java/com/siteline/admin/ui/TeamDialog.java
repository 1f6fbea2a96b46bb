package com.siteline.admin.ui;

import com.siteline.base.InvalidInputException;
import com.siteline.base.ui.Problems;
import com.siteline.organization.BusinessUnitSummary;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.TeamSummary;
import com.siteline.organization.Teams;
import com.siteline.organization.UserSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** A new team of a unit, or an existing one's name, lead and members; what was typed stays on a problem. */
class TeamDialog extends Dialog {

    private final ComboBox<BusinessUnitSummary> unit = new ComboBox<>();
    private final TextField name = new TextField();
    private final ComboBox<String> lead = new ComboBox<>();
    private final MultiSelectComboBox<String> members = new MultiSelectComboBox<>();

    /** @param team the team to edit, or null for a new one */
    TeamDialog(Teams teams, OrganizationService organization, TeamSummary team, Consumer<TeamSummary> saved) {
        setId("team-dialog");
        setHeaderTitle(getTranslation(team == null ? "teams.new" : "admin.users.edit"));
        Map<String, String> people = organization.displayNames();
        List<UserSummary> users = organization.users();
        unit.setId("team-unit");
        unit.setLabel(getTranslation("admin.users.units"));
        unit.setItems(organization.businessUnits());
        unit.setItemLabelGenerator(BusinessUnitSummary::name);
        name.setId("team-name");
        name.setLabel(getTranslation("teams.name"));
        name.setMaxLength(80);
        lead.setId("team-lead");
        lead.setLabel(getTranslation("teams.lead"));
        lead.setItemLabelGenerator(u -> people.getOrDefault(u, u));
        members.setId("team-members");
        members.setLabel(getTranslation("teams.members"));
        members.setItemLabelGenerator(u -> people.getOrDefault(u, u));
        unit.addValueChangeListener(event -> {
            List<String> ofUnit = event.getValue() == null
                    ? List.of()
                    : users.stream()
                            .filter(u -> u.businessUnitNames()
                                    .contains(event.getValue().name()))
                            .map(UserSummary::username)
                            .toList();
            lead.setItems(ofUnit);
            members.setItems(ofUnit);
        });
        if (team != null) {
            unit.setValue(organization.businessUnits().stream()
                    .filter(u -> u.id() == team.businessUnitId())
                    .findFirst()
                    .orElse(null));
            unit.setReadOnly(true);
            name.setValue(team.name());
            lead.setValue(team.lead());
            members.setValue(team.members());
        }
        add(new FormLayout(unit, name, lead, members));
        Button save = new Button(getTranslation("action.save"), click -> {
            if (unit.getValue() == null) {
                unit.setInvalid(true);
                unit.setErrorMessage(getTranslation("teams.error.unit"));
                return;
            }
            try {
                saved.accept(
                        team == null
                                ? teams.create(
                                        unit.getValue().id(), name.getValue(), lead.getValue(), members.getValue())
                                : teams.update(
                                        team.id(),
                                        team.version(),
                                        name.getValue(),
                                        lead.getValue(),
                                        members.getValue()));
                close();
            } catch (InvalidInputException e) {
                Problems.show(
                        this,
                        e,
                        Problems.at(unit, Teams.Field.UNIT),
                        Problems.at(name, Teams.Field.NAME),
                        Problems.at(members, Teams.Field.MEMBERS));
            } catch (ObjectOptimisticLockingFailureException e) {
                Problems.error(getTranslation("conflict.saved-by-other"));
            }
        });
        save.setId("team-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }
}
