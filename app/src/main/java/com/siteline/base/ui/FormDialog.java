package com.siteline.base.ui;

import com.siteline.base.InputField;
import com.siteline.base.InvalidInputException;
import com.siteline.base.RefusedException;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.shared.Registration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A dialog whose form writes one input record through a {@link Binder}: every component of the record is bound to
 * the component the form shows for it, named by the record's {@link InputField} enum (constant {@code WORK_DONE}
 * binds the component {@code workDone}). Saving hands the record to the service; a refusal marks each field it names
 * and says every problem in the status line, and what was typed stays. A save fires a typed {@link SavedEvent}
 * carrying what the service returned, a cancel a {@link CancelEvent}; the screen that opened the dialog listens to
 * them (flow-crm's form events).
 *
 * @param <I> the input record the service takes
 * @param <R> what the service returns for it
 */
public class FormDialog<I extends Record, R> extends Dialog {

    private final Binder<I> binder;
    private final Map<InputField, HasValidation> fields = new LinkedHashMap<>();
    private final Function<I, R> save;
    protected final FormLayout form = new FormLayout();
    private final Paragraph status = new Paragraph();

    /**
     * @param input the record type the form writes
     * @param id the dialog's id (as {@code job-dialog}); its status line is {@code job-status}, its save button
     *     {@code job-save}, its cancel button {@code job-dialog-cancel}
     * @param saveKey the bundle key of the save button's words
     * @param save the service call; it refuses with {@link RefusedException} and stores nothing then
     */
    protected FormDialog(Class<I> input, String id, String saveKey, Function<I, R> save) {
        this.binder = new Binder<>(input);
        this.save = save;
        String name = id.endsWith("-dialog") ? id.substring(0, id.length() - "-dialog".length()) : id;
        setId(id);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        status.setId(name + "-status");
        status.addClassName("siteline-error-text");
        add(form, status);
        Button saveButton = new Button(getTranslation(saveKey), e -> save());
        saveButton.setId(name + "-save");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> {
            close();
            fireEvent(new CancelEvent(this));
        });
        cancel.setId(id + "-cancel");
        getFooter().add(cancel, saveButton);
    }

    /** Binds {@code component} to the record component {@code field} names; a refusal of it marks the component. */
    protected <V, C extends HasValue<?, V> & HasValidation> C bind(InputField field, C component) {
        binder.forField(component).bind(property(field));
        fields.put(field, component);
        return component;
    }

    /** The record component an input field names: {@code WORK_DONE} → {@code workDone}. */
    public static String property(InputField field) {
        String[] words = ((Enum<?>) field).name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return name.toString();
    }

    /** Writes the record from the form, asks the service to save it, and closes with a {@link SavedEvent}. */
    public void save() {
        I input;
        try {
            input = binder.writeRecord();
        } catch (ValidationException notConverted) {
            status.setText(notConverted.getValidationErrors().stream()
                    .map(v -> v.getErrorMessage())
                    .collect(Collectors.joining(" ")));
            return;
        }
        try {
            R saved = save.apply(input);
            fields.values().forEach(f -> f.setInvalid(false));
            close();
            fireEvent(new SavedEvent<>(this, saved));
        } catch (InvalidInputException problems) {
            show(problems);
        } catch (OptimisticLockingFailureException conflict) {
            status.setText(getTranslation("conflict.saved-by-other"));
        } catch (RefusedException refused) {
            status.setText(Problems.text(this, refused.message()));
        }
    }

    private void show(InvalidInputException problems) {
        Problems.mark(
                this,
                problems.named(),
                fields.entrySet().stream()
                        .map(bound -> Problems.at(bound.getValue(), bound.getKey()))
                        .toArray(Problems.Field[]::new));
        status.setText(problems.problems().stream().map(this::getTranslation).collect(Collectors.joining(" ")));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public Registration addSavedListener(ComponentEventListener<SavedEvent<R>> listener) {
        return addListener(SavedEvent.class, (ComponentEventListener) listener);
    }

    public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    /** The service saved the form's record; {@link #saved()} is what it returned. */
    public static class SavedEvent<R> extends ComponentEvent<FormDialog<?, R>> {

        private final R saved;

        SavedEvent(FormDialog<?, R> source, R saved) {
            super(source, false);
            this.saved = saved;
        }

        public R saved() {
            return saved;
        }
    }

    /** The user closed the form without saving; nothing was stored. */
    public static class CancelEvent extends ComponentEvent<FormDialog<?, ?>> {

        CancelEvent(FormDialog<?, ?> source) {
            super(source, false);
        }
    }
}
