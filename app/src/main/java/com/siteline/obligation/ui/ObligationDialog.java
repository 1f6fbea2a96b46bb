package com.siteline.obligation.ui;

import com.siteline.base.ui.FormDialog;
import com.siteline.base.ui.PhotoPicker;
import com.siteline.base.ui.Problems;
import com.siteline.obligation.Fulfilment;
import com.siteline.obligation.Obligations;
import com.siteline.obligation.internal.ObligationRecord;
import com.siteline.obligation.internal.ObligationSummary;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;

/**
 * A manager records an obligation done, written as an {@link ObligationRecord}: the event or meeting held (day,
 * attendance, evaluation, photos) or a note.
 */
class ObligationDialog extends FormDialog<ObligationRecord, ObligationSummary> {

    final RadioButtonGroup<Fulfilment> kind = bind(ObligationRecord.Field.KIND, new RadioButtonGroup<>());
    final DatePicker heldOn = bind(ObligationRecord.Field.HELD_ON, new DatePicker());
    final IntegerField attendance = bind(ObligationRecord.Field.ATTENDANCE, new IntegerField());
    final TextArea evaluation = bind(ObligationRecord.Field.EVALUATION, new TextArea());
    final PhotoPicker photos = bind(
            ObligationRecord.Field.PHOTOS,
            new PhotoPicker("obligation-photos", ObligationRecord.PHOTOS_MAX, "obligation.photos.picked"));

    ObligationDialog(Obligations obligations, ObligationSummary task, String name, LocalDate today) {
        super(
                ObligationRecord.class,
                "obligation-dialog",
                "obligation.dialog.save",
                record -> obligations.record(task.id(), task.version(), record));
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
            if (!event) {
                photos.clear();
            }
        });
        form.add(kind, heldOn, attendance, evaluation, photos);
        addSavedListener(e -> Problems.success(getTranslation("obligation.saved")));
    }
}
