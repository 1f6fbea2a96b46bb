package com.siteline.admin.ui;

import com.siteline.base.InvalidInputException;
import com.siteline.organization.BusinessUnitSummary;
import com.siteline.organization.OrganizationService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A new business unit (业务单元): its code (fixed once made: links, imports and plugins know the unit by it), its
 * name and the plugins it runs. A refusal says what to correct and keeps what was typed; nothing is made half.
 */
class NewUnitDialog extends Dialog {

    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final CheckboxGroup<String> plugins = new CheckboxGroup<>();
    private final Paragraph status = new Paragraph();

    NewUnitDialog(
            OrganizationService organization,
            Function<String, String> pluginLabel,
            List<String> known,
            Consumer<BusinessUnitSummary> made) {
        setId("new-unit-dialog");
        setHeaderTitle(getTranslation("business-units.new"));
        code.setId("new-unit-code");
        code.setLabel(getTranslation("admin.units.code"));
        code.setHelperText(getTranslation("admin.units.error.code"));
        code.setMaxLength(40);
        code.setRequired(true);
        name.setId("new-unit-name");
        name.setLabel(getTranslation("admin.units.name"));
        name.setMaxLength(120);
        name.setRequired(true);
        plugins.setId("new-unit-plugins");
        plugins.setLabel(getTranslation("business-units.plugins"));
        plugins.setItems(known);
        plugins.setItemLabelGenerator(pluginLabel::apply);
        status.setId("new-unit-status");
        status.addClassName("siteline-error-text");
        add(new FormLayout(code, name, plugins), status);
        Button save = new Button(getTranslation("action.save"), click -> {
            try {
                BusinessUnitSummary unit =
                        organization.createBusinessUnit(code.getValue().strip(), name.getValue(), plugins.getValue());
                close();
                made.accept(unit);
            } catch (InvalidInputException e) {
                status.setText(String.join(
                        " ", e.problems().stream().map(this::getTranslation).toList()));
            }
        });
        save.setId("new-unit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }
}
