package com.siteline.complaint.ui;

import com.siteline.base.ui.FormDialog;
import com.siteline.complaint.CompensationLimits;
import com.siteline.complaint.CompensationRow;
import com.siteline.complaint.Compensations;
import com.siteline.complaint.NewCompensation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;

/** A compensation proposed on an issue: the amount in yuan (the levels' limits said beside it) and the reason. */
class CompensationDialog extends FormDialog<NewCompensation, CompensationRow> {

    final ComboBox<Long> issueId = bind(NewCompensation.Field.ISSUE_ID, new ComboBox<>());
    final BigDecimalField amount = bind(NewCompensation.Field.AMOUNT, new BigDecimalField());
    final TextArea reason = bind(NewCompensation.Field.REASON, new TextArea());

    CompensationDialog(Compensations compensations, long issue, CompensationLimits.Limits limits) {
        super(NewCompensation.class, "compensation-dialog", "compensation.dialog.save", compensations::propose);
        setHeaderTitle(getTranslation("compensation.dialog.title"));
        setWidth("36rem");
        issueId.setItems(List.of(issue));
        issueId.setVisible(false);
        amount.setLabel(getTranslation("compensation.amount"));
        amount.setPrefixComponent(new Span("¥"));
        amount.setHelperText(getTranslation(
                "compensation.limits.help",
                Compensations.yuan(limits.teamLead()),
                Compensations.yuan(limits.manager()),
                Compensations.yuan(limits.company())));
        amount.setId("compensation-amount");
        reason.setLabel(getTranslation("compensation.reason"));
        reason.setMaxLength(Compensations.REASON_MAX + 1);
        reason.setId("compensation-reason");
        form.add(issueId, amount, reason);
        issueId.setValue(issue);
    }
}
