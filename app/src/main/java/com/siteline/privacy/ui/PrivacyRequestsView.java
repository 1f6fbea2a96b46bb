package com.siteline.privacy.ui;

import com.siteline.base.InvalidInputException;
import com.siteline.base.RefusedException;
import com.siteline.base.ui.Formats;
import com.siteline.base.ui.Problems;
import com.siteline.base.ui.ViewFrame;
import com.siteline.organization.Role;
import com.siteline.privacy.PrivacyRequestRow;
import com.siteline.privacy.PrivacyRequests;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Personal-information requests for managers ({@code privacy-requests}): the erasure requests waiting in their units,
 * each approved (the erasure is carried out at once) or rejected with a reason by a manager who did not ask, and the
 * decided ones with what each erasure changed.
 */
@Route("privacy-requests")
@RolesAllowed({Role.Names.MANAGER, Role.Names.ADMIN})
@Menu(title = "nav.privacy", order = 60.6, icon = "vaadin:user-check")
public class PrivacyRequestsView extends ViewFrame implements BeforeEnterObserver {

    private final transient PrivacyRequests requests;
    private final Grid<PrivacyRequestRow> waiting = new Grid<>();
    private final Grid<PrivacyRequestRow> decided = new Grid<>();
    private final TextArea note = new TextArea();
    private final Button approve = new Button();
    private final Button reject = new Button();
    private final Paragraph chosen = new Paragraph();

    public PrivacyRequestsView(PrivacyRequests requests) {
        super("privacy.title");
        this.requests = requests;
        add(new Paragraph(getTranslation("privacy.help")));
        waiting.setId("privacy-waiting");
        waiting.setAllRowsVisible(true);
        waiting.addComponentColumn(r -> new Anchor("customers/" + r.customerId(), r.customerName()))
                .setHeader(getTranslation("privacy.customer"))
                .setAutoWidth(true);
        waiting.addColumn(r -> Formats.minute(r.requestedAt())).setHeader(getTranslation("privacy.requested-at"));
        waiting.addColumn(PrivacyRequestRow::requestedBy).setHeader(getTranslation("privacy.requested-by"));
        waiting.addColumn(r -> getTranslation("privacy.source." + r.source().toLowerCase(java.util.Locale.ROOT)))
                .setHeader(getTranslation("privacy.source"));
        waiting.addColumn(PrivacyRequestRow::reason)
                .setHeader(getTranslation("privacy.reason"))
                .setFlexGrow(2);
        waiting.asSingleSelect().addValueChangeListener(change -> choose(change.getValue()));
        note.setId("privacy-note");
        note.setLabel(getTranslation("privacy.note"));
        note.setMaxLength(500);
        note.setWidthFull();
        approve.setId("privacy-approve");
        approve.setText(getTranslation("privacy.approve"));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        approve.addClickListener(click -> decide(true));
        reject.setId("privacy-reject");
        reject.setText(getTranslation("privacy.reject"));
        reject.addClickListener(click -> decide(false));
        chosen.setId("privacy-chosen");
        decided.setId("privacy-decided");
        decided.setAllRowsVisible(true);
        decided.addColumn(PrivacyRequestRow::customerName).setHeader(getTranslation("privacy.customer"));
        decided.addColumn(r -> getTranslation(r.status().messageKey())).setHeader(getTranslation("privacy.status"));
        decided.addColumn(r -> r.decidedAt() == null ? "" : Formats.minute(r.decidedAt()))
                .setHeader(getTranslation("privacy.decided-at"));
        decided.addColumn(PrivacyRequestRow::requestedBy).setHeader(getTranslation("privacy.requested-by"));
        decided.addColumn(PrivacyRequestRow::decidedBy).setHeader(getTranslation("privacy.decided-by"));
        decided.addColumn(r -> r.summary() != null ? r.summary() : r.decisionNote() == null ? "" : r.decisionNote())
                .setHeader(getTranslation("privacy.outcome"))
                .setFlexGrow(2);
        add(waiting, chosen, note, new HorizontalLayout(approve, reject));
        add(new H3(getTranslation("privacy.decided")), decided);
        choose(null);
    }

    private void choose(PrivacyRequestRow row) {
        approve.setEnabled(row != null);
        reject.setEnabled(row != null);
        chosen.setText(
                row == null
                        ? getTranslation("privacy.choose")
                        : getTranslation("privacy.chosen", row.customerName(), row.reason()));
    }

    private void decide(boolean yes) {
        PrivacyRequestRow row = waiting.asSingleSelect().getValue();
        if (row == null) {
            return;
        }
        try {
            requests.decide(row.id(), row.version(), yes, note.getValue());
            note.clear();
            note.setInvalid(false);
            Problems.success(getTranslation(yes ? "privacy.approved" : "privacy.rejected"));
            refresh();
        } catch (InvalidInputException problems) {
            note.setInvalid(true);
            note.setErrorMessage(getTranslation(problems.problems().getFirst()));
            Problems.show(this, problems);
        } catch (RefusedException refused) {
            Problems.show(this, refused);
        }
    }

    void refresh() {
        waiting.setItems(requests.waiting());
        decided.setItems(requests.decided());
        choose(null);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }
}
