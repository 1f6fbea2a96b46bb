package com.siteline.complaint.ui;

import com.siteline.base.InvalidInputException;
import com.siteline.base.RefusedException;
import com.siteline.base.ui.Badge;
import com.siteline.base.ui.Formats;
import com.siteline.base.ui.Problems;
import com.siteline.complaint.CompensationRow;
import com.siteline.complaint.CompensationState;
import com.siteline.complaint.Compensations;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * One compensation: amount, reason, the level it needs, who proposed and decided it; an approver whose level covers it
 * approves or rejects it with a note (a rejection says why), the handler records that it was given.
 */
class CompensationPanel extends Div {

    private final transient Compensations compensations;
    private final String user;
    private final String assignee;
    private final boolean manager;
    private final Map<String, String> people;
    private final transient Consumer<CompensationRow> changed;

    CompensationPanel(
            Compensations compensations,
            String user,
            String assignee,
            boolean manager,
            Map<String, String> people,
            CompensationRow row,
            Consumer<CompensationRow> changed) {
        this.compensations = compensations;
        this.user = user;
        this.assignee = assignee;
        this.manager = manager;
        this.people = people;
        this.changed = changed;
        setId("compensation-panel-" + row.id());
        addClassName("siteline-card");
        fill(row);
    }

    static Badge badge(Component context, CompensationState state) {
        return new Badge(
                context.getTranslation(state.messageKey()),
                switch (state) {
                    case PROPOSED -> Badge.Tone.WARNING;
                    case APPROVED -> Badge.Tone.INFO;
                    case REJECTED -> Badge.Tone.ERROR;
                    case GIVEN -> Badge.Tone.SUCCESS;
                });
    }

    private void fill(CompensationRow r) {
        removeAll();
        Badge state = badge(this, r.state());
        state.setId("compensation-state-" + r.id());
        add(new H4(Compensations.yuan(r.amount()) + " · " + r.reason()), new Paragraph(state));
        add(new Paragraph(getTranslation(
                "compensation.proposed-by",
                person(r.proposedBy()),
                Formats.minute(r.proposedAt()),
                getTranslation(r.levelNeeded().messageKey()))));
        if (r.decidedAt() != null) {
            Paragraph decided = new Paragraph(getTranslation(
                    "compensation.decided-by",
                    person(r.decidedBy()),
                    Formats.minute(r.decidedAt()),
                    r.decisionNote() == null ? "" : r.decisionNote()));
            decided.setId("compensation-decision-" + r.id());
            add(decided);
        }
        if (r.givenAt() != null) {
            add(new Paragraph(
                    getTranslation("compensation.given-by", person(r.givenBy()), Formats.minute(r.givenAt()))));
        }
        HorizontalLayout buttons = new HorizontalLayout();
        if (compensations.mayDecide(r, user, assignee)) {
            Button approve = new Button(getTranslation("compensation.approve"), e -> decide(r, true));
            approve.setId("compensation-approve-" + r.id());
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button reject = new Button(getTranslation("compensation.reject"), e -> decide(r, false));
            reject.setId("compensation-reject-" + r.id());
            buttons.add(approve, reject);
        }
        if (r.state() == CompensationState.APPROVED
                && (user.equals(r.proposedBy()) || user.equals(assignee) || manager)) {
            Button given = new Button(
                    getTranslation("compensation.give"),
                    e -> act(() -> compensations.given(r.id(), r.version()), null));
            given.setId("compensation-give-" + r.id());
            buttons.add(given);
        }
        add(buttons);
    }

    private void decide(CompensationRow r, boolean approve) {
        Dialog dialog = new Dialog(getTranslation(approve ? "compensation.approve" : "compensation.reject"));
        dialog.setId("compensation-decision-dialog");
        TextArea note = new TextArea(getTranslation(approve ? "compensation.note" : "compensation.why"));
        note.setId("compensation-note");
        note.setWidthFull();
        note.setRequired(!approve);
        Paragraph status = new Paragraph();
        status.setId("compensation-note-status");
        status.addClassName("siteline-error-text");
        Button save = new Button(
                getTranslation("action.save"),
                e -> act(() -> compensations.decide(r.id(), r.version(), approve, note.getValue()), status, dialog));
        save.setId("compensation-note-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(note, status));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void act(java.util.function.Supplier<CompensationRow> step, Paragraph status, Dialog... dialog) {
        try {
            CompensationRow done = step.get();
            for (Dialog d : dialog) {
                d.close();
            }
            Problems.success(getTranslation("compensation.saved"));
            fill(done);
            changed.accept(done);
        } catch (InvalidInputException problems) {
            say(
                    status,
                    String.join(
                            " ",
                            problems.problems().stream()
                                    .map(this::getTranslation)
                                    .toList()));
        } catch (OptimisticLockingFailureException conflict) {
            say(status, getTranslation("conflict.saved-by-other"));
        } catch (RefusedException refused) {
            say(status, Problems.text(this, refused.message()));
        }
    }

    private void say(Paragraph status, String text) {
        if (status != null) {
            status.setText(text);
        } else {
            Problems.error(text);
        }
    }

    private String person(String username) {
        return username == null ? "—" : people.getOrDefault(username, username);
    }
}
