package com.siteline.survey.ui;

import com.siteline.project.FieldError;
import com.siteline.sdk.Choice;
import com.siteline.sdk.FieldSpec;
import com.siteline.sdk.SurveyTemplate;
import com.siteline.survey.SurveyTemplates;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A survey's questions as fields, in the reader's language: the five-point scale as a vertical choice (big
 * enough to tap on a phone), the reasons for a poor rating only once the rating is poor, single and multiple
 * choices, free text. Used by the customer's survey page and the agent's phone dialog alike.
 */
@org.springframework.modulith.NamedInterface("ui")
public class SurveyQuestions extends VerticalLayout {

    private final Map<String, HasValue<?, ?>> fields = new LinkedHashMap<>();
    private final Map<String, Component> rows = new HashMap<>();
    private final transient SurveyTemplate template;
    private final int poorAtOrBelow;

    public SurveyQuestions(SurveyTemplate template, int poorAtOrBelow, Locale locale) {
        this.template = template;
        this.poorAtOrBelow = poorAtOrBelow;
        setPadding(false);
        addClassName("siteline-survey-questions");
        for (FieldSpec question : template.questions()) {
            Component field = field(question, locale);
            Div row = new Div(field);
            row.setWidthFull();
            if (question.help() != null) {
                row.add(new Paragraph(question.help().get(locale)));
            }
            rows.put(question.id(), row);
            add(row);
        }
        showReasons();
    }

    private Component field(FieldSpec question, Locale locale) {
        String label = question.label().get(locale) + (question.required() ? " *" : "");
        Component component = switch (question.type()) {
            case SINGLE_CHOICE -> {
                RadioButtonGroup<String> group = new RadioButtonGroup<>(label);
                group.setItems(question.choices().stream().map(Choice::id).toList());
                group.setItemLabelGenerator(id -> choice(question, id, locale));
                if (SurveyTemplates.isScale(question)) {
                    group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
                    group.addValueChangeListener(e -> showReasons());
                }
                yield group;
            }
            case MULTIPLE_CHOICE -> {
                CheckboxGroup<String> group = new CheckboxGroup<>(label);
                group.setItems(question.choices().stream().map(Choice::id).toList());
                group.setItemLabelGenerator(id -> choice(question, id, locale));
                group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
                yield group;
            }
            case LONG_TEXT -> {
                TextArea area = new TextArea(label);
                area.setWidthFull();
                if (question.max() != null) {
                    area.setHelperText("≤ " + question.max().intValue());
                }
                yield area;
            }
            default -> {
                TextField text = new TextField(label);
                text.setWidthFull();
                yield text;
            }
        };
        component.setId("survey-q-" + question.id());
        fields.put(question.id(), (HasValue<?, ?>) component);
        return component;
    }

    private static String choice(FieldSpec question, String id, Locale locale) {
        String label = question.choices().stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .map(c -> c.label().get(locale))
                .orElse(id);
        return SurveyTemplates.isScale(question) ? "★".repeat(Integer.parseInt(id)) + "  " + label : label;
    }

    /** The reasons appear with a poor rating and go away (keeping what was ticked) with a better one. */
    private void showReasons() {
        Integer rating = rating();
        template.questions().stream()
                .filter(SurveyTemplates::onlyWhenPoor)
                .forEach(q -> rows.get(q.id()).setVisible(rating != null && rating <= poorAtOrBelow));
    }

    private Integer rating() {
        for (FieldSpec question : template.questions()) {
            if (SurveyTemplates.isScale(question) && fields.get(question.id()).getValue() instanceof String value) {
                return Integer.valueOf(value);
            }
        }
        return null;
    }

    /** The answers as typed (blank ones left out; the service decides what it keeps). */
    public Map<String, Object> values() {
        Map<String, Object> values = new HashMap<>();
        fields.forEach((id, field) -> {
            Object value = field.getValue();
            if (value instanceof java.util.Set<?> set) {
                value = new ArrayList<>(set);
            }
            if (value != null
                    && !(value instanceof String s && s.isBlank())
                    && !(value instanceof List<?> l && l.isEmpty())) {
                values.put(id, value);
            }
        });
        return values;
    }

    /** Marks each field with its problem (the typed values stay); clears the others. */
    public void show(List<FieldError> errors, java.util.function.Function<FieldError, String> text) {
        fields.values().forEach(f -> ((HasValidation) f).setInvalid(false));
        for (FieldError error : errors) {
            if (fields.get(error.fieldId()) instanceof HasValidation field) {
                field.setErrorMessage(text.apply(error));
                field.setInvalid(true);
            }
        }
    }

    /** The field of a question (tests fill it as a customer would). */
    @SuppressWarnings("unchecked")
    public <V> AbstractField<?, V> field(String questionId) {
        return (AbstractField<?, V>) fields.get(questionId);
    }
}
