package com.siteline.project.ui;

import com.siteline.base.RefusedException;
import com.siteline.base.ui.Problems;
import com.siteline.organization.UserSummary;
import com.siteline.project.ProjectService;
import com.siteline.project.ProjectSummary;
import com.siteline.project.ProjectTeam;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Who runs a project (project manager, designer, agent), its contract value, planned and actual dates. */
class TeamDialog extends Dialog {

    TeamDialog(
            ProjectService projects,
            String username,
            ProjectSummary project,
            List<UserSummary> colleagues,
            Map<String, String> names,
            Consumer<ProjectSummary> saved) {
        setId("team-dialog");
        setHeaderTitle(getTranslation("projects.team.edit"));
        List<String> people = colleagues.stream().map(UserSummary::username).toList();
        ComboBox<String> pm = person(
                "team-pm", "projects.column.pm", people, names, project.team().projectManager());
        ComboBox<String> designer = person(
                "team-designer",
                "projects.column.designer",
                people,
                names,
                project.team().designer());
        ComboBox<String> agent = person(
                "team-agent",
                "projects.column.agent",
                people,
                names,
                project.team().agent());
        BigDecimalField value = new BigDecimalField(getTranslation("projects.column.value"));
        value.setId("team-value");
        value.setValue(project.team().contractValue());
        DatePicker plannedStart = date(
                "team-planned-start",
                "projects.team.planned-start",
                project.team().plannedStart());
        DatePicker plannedEnd = date(
                "team-planned-end", "projects.team.planned-end", project.team().plannedEnd());
        DatePicker actualStart = date(
                "team-actual-start",
                "projects.team.actual-start",
                project.team().actualStart());
        DatePicker actualEnd = date(
                "team-actual-end", "projects.team.actual-end", project.team().actualEnd());
        add(new FormLayout(pm, designer, agent, value, plannedStart, plannedEnd, actualStart, actualEnd));
        Button save = new Button(getTranslation("action.save"), click -> {
            if (value.getValue() != null && value.getValue().compareTo(BigDecimal.ZERO) < 0) {
                value.setInvalid(true);
                value.setErrorMessage(getTranslation("projects.team.error.value"));
                return;
            }
            if (plannedStart.getValue() != null
                    && plannedEnd.getValue() != null
                    && plannedEnd.getValue().isBefore(plannedStart.getValue())) {
                plannedEnd.setInvalid(true);
                plannedEnd.setErrorMessage(getTranslation("projects.team.error.dates"));
                return;
            }
            try {
                ProjectSummary result = projects.changeTeam(
                        project.id(),
                        project.version(),
                        new ProjectTeam(
                                pm.getValue(),
                                designer.getValue(),
                                agent.getValue(),
                                value.getValue(),
                                plannedStart.getValue(),
                                plannedEnd.getValue(),
                                actualStart.getValue(),
                                actualEnd.getValue()));
                close();
                saved.accept(result);
            } catch (ObjectOptimisticLockingFailureException e) {
                Problems.error(getTranslation("conflict.saved-by-other"));
            } catch (RefusedException e) {
                Problems.show(this, e);
            }
        });
        save.setId("team-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    private ComboBox<String> person(
            String id, String labelKey, List<String> people, Map<String, String> names, String value) {
        ComboBox<String> box = new ComboBox<>(getTranslation(labelKey), people);
        box.setId(id);
        box.setItemLabelGenerator(u -> names.getOrDefault(u, u));
        box.setClearButtonVisible(true);
        box.setValue(value);
        return box;
    }

    private DatePicker date(String id, String labelKey, java.time.LocalDate value) {
        DatePicker picker = new DatePicker(getTranslation(labelKey));
        picker.setId(id);
        picker.setValue(value);
        picker.setClearButtonVisible(true);
        return picker;
    }
}
