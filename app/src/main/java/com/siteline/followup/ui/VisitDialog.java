package com.siteline.followup.ui;

import com.siteline.base.InvalidInputException;
import com.siteline.base.RefusedException;
import com.siteline.base.ui.Problems;
import com.siteline.customer.Channel;
import com.siteline.followup.ReturnVisits;
import com.siteline.followup.VisitSummary;
import com.siteline.followup.internal.VisitOutcome;
import com.siteline.project.FormValidationException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Records one attempt at a return visit: the channel; whether the customer was reached (if not, the day to try
 * again); if so their satisfaction, remarks and any problem found, which can be raised as a linked issue in the
 * same step. A problem is said and everything typed stays.
 */
class VisitDialog extends Dialog {

    private final transient ReturnVisits visits;
    private final VisitSummary visit;
    final Select<Channel> channel = new Select<>();
    final Checkbox reached = new Checkbox();
    final DatePicker retryOn = new DatePicker();
    final RadioButtonGroup<Integer> satisfaction = new RadioButtonGroup<>();
    final TextArea remarks = new TextArea();
    final TextArea problems = new TextArea();
    final Checkbox raiseIssue = new Checkbox();
    private final Paragraph status = new Paragraph();
    /** The variant's own visit form, where the visit's schedule has one. */
    final VisitFormFields form;

    VisitDialog(ReturnVisits visits, VisitSummary visit, LocalDate today, Consumer<VisitSummary> onSaved) {
        this.visits = visits;
        this.visit = visit;
        setId("visit-dialog");
        setHeaderTitle(getTranslation("visit.dialog.title", visit.customerName(), visit.subject()));
        channel.setLabel(getTranslation("visit.channel"));
        channel.setItems(List.of(Channel.PHONE, Channel.WECHAT, Channel.VISIT, Channel.OTHER));
        channel.setItemLabelGenerator(c -> getTranslation(c.messageKey()));
        channel.setValue(Channel.PHONE);
        channel.setId("visit-channel");
        reached.setLabel(getTranslation("visit.reached"));
        reached.setValue(true);
        reached.setId("visit-reached");
        retryOn.setLabel(getTranslation("visit.retry-on"));
        retryOn.setMin(today);
        retryOn.setValue(today.plusDays(1));
        retryOn.setId("visit-retry");
        satisfaction.setLabel(getTranslation("visit.satisfaction"));
        satisfaction.setItems(5, 4, 3, 2, 1);
        satisfaction.setItemLabelGenerator(n -> "★".repeat(n) + " " + getTranslation("visit.stars." + n));
        satisfaction.setId("visit-satisfaction");
        remarks.setLabel(getTranslation("visit.remarks"));
        remarks.setMaxLength(ReturnVisits.TEXT_MAX);
        remarks.setId("visit-remarks");
        problems.setLabel(getTranslation("visit.problems"));
        problems.setMaxLength(ReturnVisits.TEXT_MAX);
        problems.setId("visit-problems");
        raiseIssue.setLabel(getTranslation("visit.raise-issue"));
        raiseIssue.setId("visit-raise");
        reached.addValueChangeListener(e -> show());
        FormLayout form = new FormLayout(channel, reached, retryOn, satisfaction, remarks, problems, raiseIssue);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        status.setId("visit-status");
        this.form = visits.formOf(visit.variantId(), visit.scheduleId())
                .map(spec -> new VisitFormFields(spec, getLocale()))
                .orElse(null);
        add(form);
        if (this.form != null) {
            add(this.form);
        }
        add(status);
        Button save = new Button(getTranslation("visit.save"), e -> save(onSaved));
        save.setId("visit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        show();
    }

    private void show() {
        boolean yes = reached.getValue();
        retryOn.setVisible(!yes);
        satisfaction.setVisible(yes);
        problems.setVisible(yes);
        raiseIssue.setVisible(yes);
        if (form != null) {
            form.setVisible(yes);
        }
    }

    VisitOutcome outcome() {
        return new VisitOutcome(
                channel.getValue(),
                reached.getValue(),
                retryOn.getValue(),
                satisfaction.getValue(),
                remarks.getValue(),
                problems.getValue(),
                reached.getValue() && raiseIssue.getValue(),
                form == null ? java.util.Map.of() : form.values());
    }

    private void save(Consumer<VisitSummary> onSaved) {
        try {
            VisitSummary saved = visits.record(visit.id(), visit.version(), outcome());
            Problems.success(getTranslation(
                    saved.raisedIssueId() != null ? "visit.saved.issue" : "visit.saved",
                    saved.raisedIssueId() == null ? "" : String.valueOf(saved.raisedIssueId())));
            close();
            onSaved.accept(saved);
        } catch (InvalidInputException e) {
            Problems.mark(
                    this,
                    e.named(),
                    Problems.at(channel, VisitOutcome.Field.CHANNEL),
                    Problems.at(retryOn, VisitOutcome.Field.RETRY_ON),
                    Problems.at(satisfaction, VisitOutcome.Field.SATISFACTION),
                    Problems.at(remarks, VisitOutcome.Field.REMARKS),
                    Problems.at(problems, VisitOutcome.Field.PROBLEMS));
            status.setText(e.problems().stream().map(this::getTranslation).collect(Collectors.joining(" ")));
        } catch (FormValidationException e) {
            form.show(e.errors());
            status.setText(getTranslation("form.fix-errors"));
        } catch (OptimisticLockingFailureException e) {
            status.setText(getTranslation("conflict.saved-by-other"));
        } catch (RefusedException e) {
            status.setText(Problems.text(this, e.message()));
        }
    }
}
