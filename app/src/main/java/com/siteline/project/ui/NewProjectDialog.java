package com.siteline.project.ui;

import com.siteline.base.InvalidInputException;
import com.siteline.base.RefusedException;
import com.siteline.base.ui.Problems;
import com.siteline.organization.BusinessUnitSummary;
import com.siteline.project.NewProject;
import com.siteline.project.ProjectService;
import com.siteline.project.ProjectSummary;
import com.siteline.sdk.BusinessVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.List;
import java.util.function.Consumer;

/** Opens a project: name, customer, address, business unit and one of the variants it runs. */
class NewProjectDialog extends Dialog {

    /** What the dialog edits; a mutable bean for the Binder. */
    static final class Draft {
        String name;
        String customer;
        String address;
        BusinessUnitSummary unit;
        BusinessVariant variant;
    }

    private final Binder<Draft> binder = new Binder<>();
    private final Draft draft = new Draft();

    NewProjectDialog(ProjectService projects, String username, Consumer<ProjectSummary> created) {
        setId("new-project-dialog");
        setHeaderTitle(getTranslation("projects.new"));
        TextField name = new TextField(getTranslation("project.field.name"));
        name.setId("project-name");
        TextField customer = new TextField(getTranslation("project.field.customer"));
        customer.setId("project-customer");
        TextField address = new TextField(getTranslation("project.field.address"));
        address.setId("project-address");
        ComboBox<BusinessUnitSummary> unit = new ComboBox<>(getTranslation("project.field.unit"));
        unit.setId("project-unit");
        unit.setItemLabelGenerator(BusinessUnitSummary::name);
        List<BusinessUnitSummary> units = projects.unitsForNewProjects();
        unit.setItems(units);
        ComboBox<BusinessVariant> variant = new ComboBox<>(getTranslation("project.field.variant"));
        variant.setId("project-variant");
        variant.setItemLabelGenerator(v -> v.name().get(getLocale()));
        unit.addValueChangeListener(event -> {
            List<BusinessVariant> variants = event.getValue() == null
                    ? List.of()
                    : projects.variantsFor(event.getValue().id());
            variant.setItems(variants);
            variant.setValue(variants.size() == 1 ? variants.getFirst() : null);
        });

        String required = getTranslation("form.error.required");
        binder.forField(name)
                .asRequired(required)
                .withValidator(v -> v.strip().length() <= 200, getTranslation("form.error.max-length", 200))
                .bind(d -> d.name, (d, v) -> d.name = v);
        binder.forField(customer)
                .asRequired(required)
                .withValidator(v -> v.strip().length() <= 120, getTranslation("form.error.max-length", 120))
                .bind(d -> d.customer, (d, v) -> d.customer = v);
        binder.forField(address)
                .withValidator(v -> v == null || v.length() <= 300, getTranslation("form.error.max-length", 300))
                .bind(d -> d.address, (d, v) -> d.address = v);
        binder.forField(unit).asRequired(required).bind(d -> d.unit, (d, v) -> d.unit = v);
        binder.forField(variant).asRequired(required).bind(d -> d.variant, (d, v) -> d.variant = v);
        binder.setBean(draft);
        if (units.size() == 1) {
            unit.setValue(units.getFirst());
        }

        FormLayout form = new FormLayout(name, customer, address, unit, variant);
        add(form);
        Button save = new Button(getTranslation("action.create"), click -> {
            if (binder.validate().isOk()) {
                try {
                    ProjectSummary project = projects.create(new NewProject(
                            draft.name, draft.customer, draft.address, draft.unit.id(), draft.variant.id()));
                    close();
                    created.accept(project);
                } catch (InvalidInputException e) {
                    // what was typed stays in the dialog; each refused field is marked
                    Problems.show(
                            this,
                            e,
                            Problems.at(name, NewProject.Field.NAME),
                            Problems.at(customer, NewProject.Field.CUSTOMER_NAME),
                            Problems.at(address, NewProject.Field.ADDRESS),
                            Problems.at(unit, NewProject.Field.BUSINESS_UNIT_ID),
                            Problems.at(variant, NewProject.Field.VARIANT_ID));
                } catch (RefusedException e) {
                    Problems.show(this, e);
                }
            }
        });
        save.setId("create-project");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }
}
