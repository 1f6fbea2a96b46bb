package com.siteline.obligation.ui;

import com.siteline.base.InvalidInputException;
import com.siteline.base.RefusedException;
import com.siteline.base.ui.PhotoPicker;
import com.siteline.base.ui.Problems;
import com.siteline.obligation.Fulfilment;
import com.siteline.obligation.Obligations;
import com.siteline.obligation.internal.ObligationRecord;
import com.siteline.obligation.internal.ObligationSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;

/** A manager records an obligation done: the event or meeting held (day, attendance, evaluation) or a note. */
class ObligationDialog extends Dialog {

    final RadioButtonGroup<Fulfilment> kind = new RadioButtonGroup<>();
    final DatePicker heldOn = new DatePicker();
    final IntegerField attendance = new IntegerField();
    final TextArea evaluation = new TextArea();
    private final Paragraph status = new Paragraph();
    final PhotoPicker photos =
            new PhotoPicker("obligation-photos", ObligationRecord.PHOTOS_MAX, "obligation.photos.picked");

    ObligationDialog(
            Obligations obligations,
            ObligationSummary task,
            String name,
            LocalDate today,
            Consumer<ObligationSummary> onSaved) {
        setId("obligation-dialog");
        setHeaderTitle(getTranslation("obligation.dialog.title", name));
        kind.setLabel(getTranslation("obligation.dialog.kind"));
        kind.setItems(List.of(Fulfilment.EVENT, Fulfilment.NOTE));
        kind.setItemLabelGenerator(k -> getTranslation("obligation.dialog.kind." + k.name()));
        kind.setValue(Fulfilment.EVENT);
        kind.setId("obligation-kind");
        heldOn.setLabel(getTranslation("obligation.held-on"));
        heldOn.setMin(task.periodFirst());
        heldOn.setMax(today);
        heldOn.setId("obligation-held-on");
        attendance.setLabel(getTranslation("obligation.attendance"));
        attendance.setMin(1);
        attendance.setId("obligation-attendance");
        evaluation.setLabel(getTranslation("obligation.evaluation"));
        evaluation.setMaxLength(Obligations.TEXT_MAX);
        evaluation.setId("obligation-evaluation");
        kind.addValueChangeListener(e -> {
            boolean event = e.getValue() == Fulfilment.EVENT;
            heldOn.setVisible(event);
            attendance.setVisible(event);
            photos.setVisible(event);
        });
        FormLayout form = new FormLayout(kind, heldOn, attendance, evaluation, photos);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        status.setId("obligation-status");
        add(form, status);
        Button save = new Button(getTranslation("obligation.dialog.save"), e -> {
            try {
                ObligationSummary saved = obligations.record(
                        task.id(),
                        task.version(),
                        new ObligationRecord(
                                kind.getValue(),
                                heldOn.getValue(),
                                attendance.getValue(),
                                evaluation.getValue(),
                                kind.getValue() == Fulfilment.EVENT ? photos.picked() : java.util.List.of()));
                Problems.success(getTranslation("obligation.saved"));
                close();
                onSaved.accept(saved);
            } catch (InvalidInputException problems) {
                status.setText(
                        problems.problems().stream().map(this::getTranslation).collect(Collectors.joining(" ")));
            } catch (OptimisticLockingFailureException conflict) {
                status.setText(getTranslation("conflict.saved-by-other"));
            } catch (RefusedException refused) {
                status.setText(Problems.text(this, refused.message()));
            }
        });
        save.setId("obligation-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
