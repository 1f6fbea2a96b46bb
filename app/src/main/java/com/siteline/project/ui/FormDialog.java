package com.siteline.project.ui;

import com.siteline.base.RefusedException;
import com.siteline.base.ui.Problems;
import com.siteline.project.AttachmentService;
import com.siteline.project.FieldError;
import com.siteline.project.FormAnswers;
import com.siteline.project.FormRules;
import com.siteline.project.FormValidationException;
import com.siteline.project.ProjectRecords;
import com.siteline.project.internal.PendingFiles;
import com.siteline.sdk.Choice;
import com.siteline.sdk.FieldSpec;
import com.siteline.sdk.FieldType;
import com.siteline.sdk.FormSection;
import com.siteline.sdk.FormSpec;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.converter.Converter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A plugin's form, rendered from its spec with stock components and a Binder: each field checks
 * its spec's rules as the user types (messages in the user's language), the plugin's cross-field
 * checks run on save, and nothing typed is lost when something is wrong.
 */
class FormDialog extends Dialog {

    private final transient ProjectRecords records;
    private final String username;
    private final long projectId;
    private final transient FormSpec spec;
    private final Binder<Map<String, Object>> binder = new Binder<>();
    private final Map<String, Component> fields = new LinkedHashMap<>();
    private final Div status = new Div();
    private long rowVersion;

    private final transient AttachmentService attachments;
    /** Files taken in this dialog, stored only with the answers when it is saved. */
    private final transient PendingFiles pending = new PendingFiles();

    FormDialog(
            ProjectRecords records,
            AttachmentService attachments,
            String username,
            long projectId,
            String formId,
            Runnable onSaved) {
        this.records = records;
        this.attachments = attachments;
        this.username = username;
        this.projectId = projectId;
        FormAnswers answers = records.formAnswers(projectId, formId);
        this.spec = answers.spec();
        this.rowVersion = answers.rowVersion();
        setId("form-dialog");
        setWidth("min(960px, 95vw)");
        setHeaderTitle(spec.title().get(getLocale()));
        Span version = new Span(getTranslation("form.version", spec.version()));
        version.addClassName("siteline-secondary");
        add(version);
        for (FormSection section : spec.sections()) {
            add(new H4(section.title().get(getLocale())));
            FormLayout layout = new FormLayout();
            for (FieldSpec field : section.fields()) {
                Component component = bind(field);
                fields.put(field.id(), component);
                layout.add(component);
                if (field.type() == FieldType.LONG_TEXT) {
                    layout.setColspan(component, 2);
                }
            }
            add(layout);
        }
        status.setId("form-status");
        add(status);
        binder.readBean(new HashMap<>(answers.values()));
        binder.setReadOnly(!answers.editable());

        Button save = new Button(getTranslation("action.save"), click -> save(onSaved));
        save.setId("save-form");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setVisible(answers.editable());
        Button cancel =
                new Button(getTranslation(answers.editable() ? "action.cancel" : "action.close"), click -> close());
        cancel.setId("close-form");
        getFooter().add(cancel, save);
    }

    private void save(Runnable onSaved) {
        Map<String, Object> values = new HashMap<>();
        if (!binder.writeBeanIfValid(values)) {
            status.setText(getTranslation("form.fix-errors"));
            return;
        }
        try {
            FormAnswers saved = records.saveForm(projectId, spec.id(), values, rowVersion, pending);
            rowVersion = saved.rowVersion();
            Notification.show(getTranslation("form.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
            onSaved.run();
        } catch (FormValidationException e) {
            for (FieldError error : e.errors()) {
                if (fields.get(error.fieldId()) instanceof HasValidation field) {
                    field.setErrorMessage(message(error));
                    field.setInvalid(true);
                }
            }
            status.setText(getTranslation("form.fix-errors"));
        } catch (OptimisticLockingFailureException e) {
            // keep what the user typed: they decide whether to copy it over after reloading
            status.setText(getTranslation("form.conflict"));
        } catch (RefusedException e) {
            status.setText(Problems.text(this, e.message()));
        }
    }

    String message(FieldError error) {
        return error.pluginText() != null
                ? error.pluginText().get(getLocale())
                : getTranslation(error.messageKey(), error.params().toArray());
    }

    private Component bind(FieldSpec field) {
        String label = field.label().get(getLocale()) + (field.unit() == null ? "" : "（" + field.unit() + "）");
        Component component = switch (field.type()) {
            case SHORT_TEXT -> bindAs(field, new TextField(label), Converter.identity());
            case ATTACHMENT ->
                bindAs(field, new AttachmentField(label, attachments, pending, false), Converter.identity());
            case LONG_TEXT -> bindAs(field, new TextArea(label), Converter.identity());
            case NUMBER, MONEY -> {
                BigDecimalField number = new BigDecimalField(label);
                if (field.unit() != null) {
                    number.setSuffixComponent(new Span(field.unit()));
                }
                yield bindAs(field, number, Converter.identity());
            }
            case DATE -> bindAs(field, new DatePicker(label), Converter.identity());
            case DATE_TIME -> bindAs(field, new DateTimePicker(label), Converter.identity());
            case SINGLE_CHOICE -> {
                ComboBox<String> choice = new ComboBox<>(label);
                choice.setItems(field.choices().stream().map(Choice::id).toList());
                choice.setItemLabelGenerator(id -> choiceLabel(field, id));
                yield bindAs(field, choice, Converter.identity());
            }
            case MULTIPLE_CHOICE -> {
                CheckboxGroup<String> choices = new CheckboxGroup<>(label);
                choices.setItems(field.choices().stream().map(Choice::id).toList());
                choices.setItemLabelGenerator(id -> choiceLabel(field, id));
                yield bindAs(
                        field,
                        choices,
                        Converter.<Set<String>, List<String>>from(
                                set -> Result.ok(set == null ? new ArrayList<>() : new ArrayList<>(set)),
                                list -> list == null ? Set.of() : new LinkedHashSet<>(list)));
            }
            case YES_NO -> {
                RadioButtonGroup<Boolean> yesNo = new RadioButtonGroup<>(label);
                yesNo.setItems(Boolean.TRUE, Boolean.FALSE);
                yesNo.setItemLabelGenerator(value -> getTranslation(value ? "form.yes" : "form.no"));
                yield bindAs(field, yesNo, Converter.identity());
            }
            case CUSTOMER_CONFIRMATION -> bindAs(field, new Checkbox(label), Converter.identity());
        };
        component.setId("field-" + field.id());
        if (field.help() != null && component instanceof HasHelper helper) {
            helper.setHelperText(field.help().get(getLocale()));
        }
        return component;
    }

    private <P, M> Component bindAs(FieldSpec field, HasValue<?, P> input, Converter<P, M> converter) {
        input.setRequiredIndicatorVisible(field.required());
        Binder.BindingBuilder<Map<String, Object>, P> builder = binder.forField(input);
        if (input.getEmptyValue() != null) {
            // text fields and checkboxes show "" / unticked for an answer not given yet
            builder = builder.withNullRepresentation(input.getEmptyValue());
        }
        builder.withConverter(converter)
                .withValidator((value, context) -> FormRules.check(field, value)
                        .map(error -> ValidationResult.error(message(error)))
                        .orElse(ValidationResult.ok()))
                .bind(values -> cast(values.get(field.id())), (values, value) -> values.put(field.id(), value));
        return (Component) input;
    }

    @SuppressWarnings("unchecked")
    private static <M> M cast(Object value) {
        return (M) value;
    }

    private String choiceLabel(FieldSpec field, String id) {
        return field.choices().stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .map(c -> c.label().get(getLocale()))
                .orElse(id);
    }
}
