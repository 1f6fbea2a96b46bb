package com.siteline.portal.ui;

import com.siteline.base.RefusedException;
import com.siteline.base.ui.Formats;
import com.siteline.plan.CustomerPlanTasks;
import com.siteline.portal.CustomerPortal;
import com.siteline.portal.PortalAccess;
import com.siteline.portal.PortalReceipts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;

/**
 * A communication of the customer's project that asks them to confirm it reached them ({@code portal/receipts/<id>}):
 * what it was, how and when it was held; the customer confirms.
 */
@Route(value = "portal/receipts/:id", autoLayout = false)
@AnonymousAllowed
public class PortalReceiptPage extends PortalScreen {

    private final transient PortalReceipts receipts;
    private long taskId;

    public PortalReceiptPage(CustomerPortal portal, PortalAccess access, PortalReceipts receipts) {
        super(portal, access);
        this.receipts = receipts;
        setId("portal-receipt");
    }

    @Override
    protected void enter(BeforeEnterEvent event) {
        taskId = com.siteline.base.ui.RouteIds.of(event.getRouteParameters(), "id");
        render();
    }

    @Override
    protected void render() {
        removeAll();
        add(bar(), home());
        Optional<CustomerPlanTasks.Receipt> found = receipts.open(session, taskId, client());
        if (found.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("portal.receipt.none"));
            none.setId("portal-not-found");
            add(none);
            return;
        }
        CustomerPlanTasks.Receipt r = found.get();
        add(new H2(r.goal()));
        Paragraph what = new Paragraph(getTranslation(
                "portal.receipt.what",
                r.projectName(),
                r.heldBy() == null
                        ? "—"
                        : getTranslation("plan.held-by." + r.heldBy().name()),
                minute(r.heldAt())));
        what.addClassName("siteline-portal-muted");
        add(what);
        Paragraph status = new Paragraph();
        status.setId("portal-receipt-status");
        if (r.confirmedAt() != null) {
            Paragraph done = new Paragraph(getTranslation("portal.receipt.confirmed", Formats.minute(r.confirmedAt())));
            done.setId("portal-receipt-confirmed");
            add(done);
        } else {
            Button confirm = new Button(getTranslation("portal.receipt.confirm"), e -> {
                try {
                    receipts.confirm(session, taskId, client());
                    render();
                } catch (RefusedException refused) {
                    refused(refused, status);
                }
            });
            confirm.setId("portal-receipt-confirm");
            confirm.addClassName("siteline-portal-wide");
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new Paragraph(getTranslation("portal.receipt.ask")), confirm);
        }
        add(status);
    }
}
