package com.siteline.followup.ui;

import com.siteline.project.FieldError;
import com.siteline.sdk.Choice;
import com.siteline.sdk.FieldSpec;
import com.siteline.sdk.FormSection;
import com.siteline.sdk.FormSpec;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The fields of a variant's own visit form (text, choices, yes/no: what {@code FollowUpSchedule.VISIT_FORM_TYPES}
 * allows), in the user's language; the answers by field id, and each field's problem shown at it.
 */
class VisitFormFields extends Div {

    private final Map<String, HasValue<?, ?>> fields = new LinkedHashMap<>();

    VisitFormFields(FormSpec form, Locale locale) {
        setId("visit-form");
        add(new H4(form.title().get(locale)));
        for (FormSection section : form.sections()) {
            for (FieldSpec field : section.fields()) {
                Component component = field(field, locale);
                component.setId("visit-form-" + field.id());
                fields.put(field.id(), (HasValue<?, ?>) component);
                add(component);
            }
        }
    }

    private Component field(FieldSpec field, Locale locale) {
        String label = field.label().get(locale) + (field.required() ? " *" : "");
        return switch (field.type()) {
            case SINGLE_CHOICE -> {
                RadioButtonGroup<String> group = new RadioButtonGroup<>(label);
                group.setItems(field.choices().stream().map(Choice::id).toList());
                group.setItemLabelGenerator(id -> field.choices().stream()
                        .filter(c -> c.id().equals(id))
                        .findFirst()
                        .map(c -> c.label().get(locale))
                        .orElse(id));
                yield group;
            }
            case MULTIPLE_CHOICE -> {
                CheckboxGroup<String> group = new CheckboxGroup<>(label);
                group.setItems(field.choices().stream().map(Choice::id).toList());
                group.setItemLabelGenerator(id -> field.choices().stream()
                        .filter(c -> c.id().equals(id))
                        .findFirst()
                        .map(c -> c.label().get(locale))
                        .orElse(id));
                yield group;
            }
            case YES_NO -> {
                RadioButtonGroup<Boolean> yesNo = new RadioButtonGroup<>(label);
                yesNo.setItems(Boolean.TRUE, Boolean.FALSE);
                yesNo.setItemLabelGenerator(value -> getTranslation(value ? "form.yes" : "form.no"));
                yield yesNo;
            }
            case LONG_TEXT -> {
                TextArea area = new TextArea(label);
                area.setWidthFull();
                yield area;
            }
            default -> {
                TextField text = new TextField(label);
                text.setWidthFull();
                yield text;
            }
        };
    }

    /** The answers given, by field id (blank ones left out). */
    Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        fields.forEach((id, field) -> {
            Object value = field.getValue();
            if (value instanceof Set<?> set) {
                value = set.isEmpty() ? null : new ArrayList<>(set);
            }
            if (value != null && !(value instanceof String s && s.isBlank())) {
                values.put(id, value);
            }
        });
        return values;
    }

    /** Marks each field with its problem (what was typed stays); clears the others. */
    void show(List<FieldError> errors) {
        fields.values().forEach(f -> ((HasValidation) f).setInvalid(false));
        for (FieldError error : errors) {
            if (fields.get(error.fieldId()) instanceof HasValidation field) {
                field.setErrorMessage(
                        error.pluginText() != null
                                ? error.pluginText().get(getLocale())
                                : getTranslation(
                                        error.messageKey(), error.params().toArray()));
                field.setInvalid(true);
            }
        }
    }

    /** One answer as text in the user's language (the done visit's panel). */
    static String text(FieldSpec field, Object value, Locale locale, java.util.function.Function<String, String> t) {
        if (value instanceof Boolean b) {
            return t.apply(b ? "form.yes" : "form.no");
        }
        if (value instanceof List<?> list) {
            return String.join(
                    "、",
                    list.stream()
                            .map(v -> choice(field, String.valueOf(v), locale))
                            .toList());
        }
        return field.choices().isEmpty() ? String.valueOf(value) : choice(field, String.valueOf(value), locale);
    }

    private static String choice(FieldSpec field, String id, Locale locale) {
        return field.choices().stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .map(c -> c.label().get(locale))
                .orElse(id);
    }
}
