package com.siteline.project.ui;

import com.siteline.base.RefusedException;
import com.siteline.base.ui.Problems;
import com.siteline.project.AttachmentService;
import com.siteline.project.CheckStatus;
import com.siteline.project.ChecklistResults;
import com.siteline.project.ItemResult;
import com.siteline.project.ProjectRecords;
import com.siteline.project.internal.PendingFiles;
import com.siteline.sdk.ChecklistItem;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A checklist as a site supervisor ticks it: pass, fail or not applicable per item, a remark, and a
 * photo reference where the item asks for one. It may be saved half done; the stage gate wants
 * every item checked, none failed and every photo given.
 */
class ChecklistDialog extends Dialog {

    private record Row(RadioButtonGroup<CheckStatus> status, TextField remark, AttachmentField photo) {}

    private final Map<String, Row> rows = new LinkedHashMap<>();
    private final Div status = new Div();
    private long rowVersion;

    ChecklistDialog(
            ProjectRecords records,
            AttachmentService attachments,
            String username,
            long projectId,
            String checklistId,
            Runnable onSaved) {
        // photos taken here are stored only with the results, when the dialog is saved
        PendingFiles pending = new PendingFiles();
        ChecklistResults results = records.checklist(projectId, checklistId);
        rowVersion = results.rowVersion();
        setId("checklist-dialog");
        setWidth("min(1100px, 95vw)");
        setHeaderTitle(results.template().title().get(getLocale()));
        for (ChecklistItem item : results.template().items()) {
            ItemResult result = results.results().getOrDefault(item.id(), ItemResult.UNCHECKED);
            Span text = new Span(item.text().get(getLocale()));
            text.getStyle().set("flex", "1 1 320px");
            Span checker = new Span(
                    getTranslation("checklist.checker." + item.checkedBy().name()));
            checker.addClassNames("siteline-badge", "other");
            RadioButtonGroup<CheckStatus> verdict = new RadioButtonGroup<>();
            verdict.setId("item-" + item.id() + "-status");
            verdict.setItems(CheckStatus.values());
            verdict.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
            verdict.setValue(result.status());
            TextField remark = new TextField();
            remark.setId("item-" + item.id() + "-remark");
            remark.setPlaceholder(getTranslation("checklist.remark"));
            remark.setMaxLength(500);
            remark.setValue(result.remark() == null ? "" : result.remark());
            AttachmentField photo = new AttachmentField(getTranslation("checklist.photo"), attachments, pending, true);
            photo.setId("item-" + item.id() + "-photo");
            photo.setVisible(item.photoRequired() || result.photo() != null);
            photo.setValue(result.photo() == null ? "" : result.photo());
            HorizontalLayout line = new HorizontalLayout(text, checker, verdict, remark, photo);
            line.setWidthFull();
            line.setAlignItems(HorizontalLayout.Alignment.CENTER);
            line.getStyle().set("flex-wrap", "wrap").set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
            add(line);
            rows.put(item.id(), new Row(verdict, remark, photo));
            boolean editable = results.editable();
            verdict.setReadOnly(!editable);
            remark.setReadOnly(!editable);
            photo.setReadOnly(!editable);
        }
        status.setId("checklist-status");
        add(status);
        Button save = new Button(getTranslation("action.save"), click -> {
            Map<String, ItemResult> values = new LinkedHashMap<>();
            rows.forEach((id, row) -> values.put(
                    id,
                    new ItemResult(
                            row.status().getValue(),
                            blankToNull(row.remark().getValue()),
                            blankToNull(row.photo().getValue()))));
            try {
                ChecklistResults saved = records.saveChecklist(projectId, checklistId, values, rowVersion, pending);
                rowVersion = saved.rowVersion();
                Notification.show(getTranslation(
                                saved.complete() ? "checklist.saved-complete" : "checklist.saved-partial"))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                close();
                onSaved.run();
            } catch (OptimisticLockingFailureException e) {
                status.setText(getTranslation("form.conflict"));
            } catch (RefusedException e) {
                Problems.show(this, e);
            }
        });
        save.setId("save-checklist");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setVisible(results.editable());
        Button close =
                new Button(getTranslation(results.editable() ? "action.cancel" : "action.close"), click -> close());
        close.setId("cancel-checklist");
        getFooter().add(close, save);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
