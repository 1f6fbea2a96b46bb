package com.siteline.access.ui;

import com.siteline.access.AccessRequestSummary;
import com.siteline.access.AccessRequests;
import com.siteline.base.InvalidInputException;
import com.siteline.base.RecordGrants;
import com.siteline.base.RefusedException;
import com.siteline.base.ui.Formats;
import com.siteline.base.ui.Problems;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * Files an access request (查阅申请): which record (a customer or a project, by its number), why, and for which
 * days. A refusal names what to correct and keeps everything typed.
 */
public class AccessRequestDialog extends Dialog {

    private final transient AccessRequests requests;
    final ComboBox<RecordGrants.Kind> kind = new ComboBox<>();
    final IntegerField record = new IntegerField();
    final TextArea reason = new TextArea();
    final DatePicker firstDay = new DatePicker();
    final DatePicker lastDay = new DatePicker();

    public AccessRequestDialog(
            AccessRequests requests,
            RecordGrants.Kind presetKind,
            Long presetRecord,
            Consumer<AccessRequestSummary> filed) {
        this.requests = requests;
        setId("access-dialog");
        setHeaderTitle(getTranslation("access.new"));
        setMaxWidth("640px");
        kind.setLabel(getTranslation("access.kind"));
        kind.setId("access-kind");
        kind.setItems(RecordGrants.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        kind.setValue(presetKind == null ? RecordGrants.Kind.CUSTOMER : presetKind);
        kind.setRequired(true);
        record.setLabel(getTranslation("access.record-number"));
        record.setId("access-record");
        record.setMin(1);
        record.setRequiredIndicatorVisible(true);
        if (presetRecord != null) {
            record.setValue(presetRecord.intValue());
        }
        reason.setLabel(getTranslation("access.reason"));
        reason.setId("access-reason");
        reason.setMaxLength(500);
        reason.setRequired(true);
        reason.setHelperText(getTranslation("access.reason.help"));
        LocalDate today = LocalDate.now(Formats.zone());
        firstDay.setLabel(getTranslation("access.first-day"));
        firstDay.setId("access-first-day");
        firstDay.setValue(today);
        firstDay.setMin(today);
        lastDay.setLabel(getTranslation("access.last-day"));
        lastDay.setId("access-last-day");
        lastDay.setValue(today.plusDays(6));
        lastDay.setMin(today);
        lastDay.setHelperText(getTranslation("access.period.help", AccessRequests.MAX_DAYS));
        FormLayout form = new FormLayout(kind, record, reason, firstDay, lastDay);
        form.setColspan(reason, 2);
        add(new Paragraph(getTranslation("access.new.help")), form);
        Button file = new Button(getTranslation("access.file"), click -> file(filed));
        file.setId("access-file");
        file.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), file);
    }

    private void file(Consumer<AccessRequestSummary> filed) {
        if (record.getValue() == null || record.isInvalid()) {
            record.setInvalid(true);
            record.setErrorMessage(getTranslation("access.error.record-number"));
            return;
        }
        try {
            AccessRequestSummary result = requests.file(
                    kind.getValue(), record.getValue(), reason.getValue(), firstDay.getValue(), lastDay.getValue());
            close();
            Problems.success(getTranslation("access.filed", result.owningUnitName()));
            filed.accept(result);
        } catch (InvalidInputException e) {
            Problems.show(
                    this,
                    e,
                    Problems.at(reason, AccessRequests.Field.REASON),
                    Problems.at(lastDay, AccessRequests.Field.PERIOD));
        } catch (RefusedException e) {
            Problems.show(this, e);
        }
    }
}
