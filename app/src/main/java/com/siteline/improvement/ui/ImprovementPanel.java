package com.siteline.improvement.ui;

import com.siteline.base.InvalidInputException;
import com.siteline.base.RefusedException;
import com.siteline.base.ui.Badge;
import com.siteline.base.ui.Formats;
import com.siteline.base.ui.Problems;
import com.siteline.improvement.ImprovementRow;
import com.siteline.improvement.ImprovementState;
import com.siteline.improvement.Improvements;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * One improvement action: its source, cause and measure, owner and due day, what was done and its verification; the
 * owner says it is implemented, a manager other than the owner verifies it worked (or reopens it), each with a note.
 */
class ImprovementPanel extends Div {

    private final transient Improvements improvements;
    private final String user;
    private final boolean manager;
    private final Map<String, String> people;
    private final transient Consumer<ImprovementRow> changed;

    ImprovementPanel(
            Improvements improvements,
            String user,
            boolean manager,
            Map<String, String> people,
            ImprovementRow row,
            Consumer<ImprovementRow> changed) {
        this.improvements = improvements;
        this.user = user;
        this.manager = manager;
        this.people = people;
        this.changed = changed;
        setId("improvement-panel-" + row.id());
        addClassName("siteline-card");
        fill(row);
    }

    static Badge badge(Component context, ImprovementRow r, LocalDate today) {
        if (r.overdue(today)) {
            return new Badge(context.getTranslation("improvement.overdue"), Badge.Tone.ERROR);
        }
        return new Badge(
                context.getTranslation(r.state().messageKey()),
                switch (r.state()) {
                    case OPEN -> Badge.Tone.INFO;
                    case IMPLEMENTED -> Badge.Tone.WARNING;
                    case VERIFIED -> Badge.Tone.SUCCESS;
                });
    }

    private void fill(ImprovementRow r) {
        removeAll();
        LocalDate today = Formats.today();
        Badge state = badge(this, r, today);
        state.setId("improvement-state-" + r.id());
        add(new H4(r.measure()), new Paragraph(state));
        add(new Paragraph(
                getTranslation("improvement.from", getTranslation(r.source().messageKey()), r.sourceLabel())));
        add(new Paragraph(getTranslation("improvement.cause") + ": " + r.cause()));
        add(new Paragraph(
                getTranslation("improvement.who", person(r.owner()), r.dueOn().toString(), person(r.raisedBy()))));
        if (r.implementedAt() != null) {
            add(new Paragraph(getTranslation(
                    "improvement.implemented-at", Formats.minute(r.implementedAt()), r.implementedNote())));
        }
        if (r.verifiedAt() != null) {
            Paragraph verified = new Paragraph(getTranslation(
                    "improvement.verified-at",
                    person(r.verifiedBy()),
                    Formats.minute(r.verifiedAt()),
                    r.verification()));
            verified.setId("improvement-verification-" + r.id());
            add(verified);
        }
        HorizontalLayout buttons = new HorizontalLayout();
        if (r.state() == ImprovementState.OPEN && (user.equals(r.owner()) || manager)) {
            Button done = new Button(getTranslation("improvement.implement"), e -> note(r, null));
            done.setId("improvement-implement-" + r.id());
            done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            buttons.add(done);
        }
        if (r.state() == ImprovementState.IMPLEMENTED && manager && !user.equals(r.owner())) {
            Button verify = new Button(getTranslation("improvement.verify"), e -> note(r, true));
            verify.setId("improvement-verify-" + r.id());
            verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            buttons.add(verify);
        }
        add(buttons);
    }

    /** The note dialog: what was done (verify null), or the verification with its outcome. */
    private void note(ImprovementRow r, Boolean verify) {
        Dialog dialog = new Dialog(getTranslation(verify == null ? "improvement.implement" : "improvement.verify"));
        dialog.setId("improvement-note-dialog");
        RadioButtonGroup<Boolean> works = new RadioButtonGroup<>(getTranslation("improvement.works"));
        works.setItems(true, false);
        works.setItemLabelGenerator(b -> getTranslation(b ? "improvement.works.yes" : "improvement.works.no"));
        works.setValue(true);
        works.setId("improvement-works");
        works.setVisible(verify != null);
        TextArea note =
                new TextArea(getTranslation(verify == null ? "improvement.done-note" : "improvement.check-note"));
        note.setId("improvement-note");
        note.setWidthFull();
        Paragraph status = new Paragraph();
        status.setId("improvement-note-status");
        status.addClassName("siteline-error-text");
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                ImprovementRow done = verify == null
                        ? improvements.implemented(r.id(), r.version(), note.getValue())
                        : improvements.verify(r.id(), r.version(), works.getValue(), note.getValue());
                dialog.close();
                Problems.success(getTranslation("improvement.saved"));
                fill(done);
                changed.accept(done);
            } catch (InvalidInputException problems) {
                status.setText(String.join(
                        " ",
                        problems.problems().stream().map(this::getTranslation).toList()));
            } catch (OptimisticLockingFailureException conflict) {
                status.setText(getTranslation("conflict.saved-by-other"));
            } catch (RefusedException refused) {
                status.setText(Problems.text(this, refused.message()));
            }
        });
        save.setId("improvement-note-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(works, note, status));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private String person(String username) {
        return username == null ? "—" : people.getOrDefault(username, username);
    }
}
