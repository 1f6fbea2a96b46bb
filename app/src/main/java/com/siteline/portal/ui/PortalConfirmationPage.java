package com.siteline.portal.ui;

import com.siteline.base.AttachmentFile;
import com.siteline.base.RefusedException;
import com.siteline.portal.Confirmation;
import com.siteline.portal.CustomerConfirmations;
import com.siteline.portal.CustomerPortal;
import com.siteline.portal.PortalAccess;
import com.siteline.portal.internal.ConfirmationContent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * A written confirmation ({@code portal/confirmations/<id>}): exactly what the customer signs (every checklist
 * line with its result, remark and photo; a change order's what, why, price and days), then sign (typed full name
 * and a fresh code) or reject (with a reason). A decided one shows who decided when, and downloads as a PDF.
 */
@Route(value = "portal/confirmations/:id", autoLayout = false)
@AnonymousAllowed
public class PortalConfirmationPage extends PortalScreen {

    private long confirmationId;
    private String typedName = "";
    private String typedCode = "";
    private String typedReason = "";

    private final transient CustomerConfirmations confirmations;

    public PortalConfirmationPage(CustomerPortal portal, PortalAccess access, CustomerConfirmations confirmations) {
        super(portal, access);
        this.confirmations = confirmations;
        setId("portal-confirmation");
    }

    @Override
    protected void enter(BeforeEnterEvent event) {
        confirmationId = com.siteline.base.ui.RouteIds.of(event.getRouteParameters(), "id");
        render();
    }

    @Override
    protected void render() {
        removeAll();
        add(bar(), home());
        Optional<Confirmation> shown =
                confirmationId < 0 ? Optional.empty() : confirmations.confirmation(session, confirmationId, client());
        if (shown.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("portal.not-found"));
            none.setId("portal-not-found");
            add(none);
            return;
        }
        Confirmation c = shown.get();
        ConfirmationContent content = c.content();
        boolean english = getLocale().getLanguage().equals("en");
        add(new H2(
                c.changeOrder()
                        ? getTranslation("portal.change.heading")
                        : getTranslation("portal.confirm.heading", english ? content.stageEn() : content.stageZh())));
        add(new Paragraph(content.projectName() + (content.address() == null ? "" : " · " + content.address())));
        Div what = new Div();
        what.setId("portal-confirmation-content");
        what.setWidthFull();
        for (ConfirmationContent.Checklist list : content.checklists()) {
            what.add(new H3(english ? list.titleEn() : list.titleZh()));
            Div photos = new Div();
            photos.addClassName("siteline-portal-photos");
            for (ConfirmationContent.Item item : list.items()) {
                Div line = new Div();
                line.addClassName("siteline-portal-card");
                line.add(new Span((english ? item.textEn() : item.textZh())));
                String result = item.status() == null ? "—" : getTranslation("checklist.status." + item.status());
                Paragraph detail = new Paragraph(
                        result + (item.remark() == null || item.remark().isBlank() ? "" : " · " + item.remark()));
                detail.addClassName("siteline-portal-muted");
                line.add(detail);
                if (item.photoId() != null) {
                    long id = item.photoId();
                    Div one = new Div();
                    one.addClassName("siteline-portal-photos");
                    one.add(photo(
                            "portal-confirmation-photo-" + id,
                            english ? item.textEn() : item.textZh(),
                            () -> portal.photo(session, id, true, client()),
                            () -> portal.photo(session, id, false, client())));
                    line.add(one);
                }
                what.add(line);
            }
        }
        if (content.change() != null) {
            ConfirmationContent.ChangeOrder change = content.change();
            what.add(line("portal.change.what", change.what()));
            what.add(line("portal.change.why", change.why()));
            what.add(line("portal.change.price", change.priceDelta() == null ? "—" : signed(change.priceDelta())));
            what.add(line("portal.change.days", change.daysDelta() == null ? "—" : String.valueOf(change.daysDelta())));
        }
        add(what);
        if (c.pending()) {
            decide(c);
        } else {
            decided(c);
        }
    }

    private static String signed(java.math.BigDecimal amount) {
        return (amount.signum() > 0 ? "+" : "") + amount.toPlainString();
    }

    private Div line(String key, String value) {
        Div line = new Div();
        line.addClassName("siteline-portal-card");
        line.add(new Span(getTranslation(key)));
        line.add(new Paragraph(value));
        return line;
    }

    private void decide(Confirmation c) {
        Div sign = new Div();
        sign.addClassName("siteline-portal-sign");
        sign.add(new H3(getTranslation("portal.sign.heading")));
        sign.add(new Paragraph(getTranslation("portal.sign.text")));
        Paragraph status = new Paragraph();
        status.setId("portal-sign-status");
        TextField name = new TextField(getTranslation("portal.sign.name"));
        name.setId("portal-sign-name");
        name.setMaxLength(CustomerConfirmations.NAME_MAX + 1);
        name.setValue(typedName);
        name.addValueChangeListener(e -> typedName = e.getValue());
        Button send = new Button(getTranslation("portal.sign.send-code"), e -> {
            try {
                confirmations.sendSigningCode(session, c.id(), client());
                status.setText(getTranslation("portal.sign-in.sent"));
            } catch (RefusedException refused) {
                refused(refused, status);
            }
        });
        send.setId("portal-sign-send-code");
        send.addClassName("siteline-portal-wide");
        TextField code = new TextField(getTranslation("portal.sign-in.code"));
        code.setId("portal-sign-code");
        code.setAllowedCharPattern("[0-9]");
        code.setMaxLength(6);
        code.setValue(typedCode);
        code.getElement().setAttribute("inputmode", "numeric");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.addValueChangeListener(e -> typedCode = e.getValue());
        Button confirm = new Button(getTranslation("portal.sign.confirm"), e -> {
            try {
                confirmations.sign(session, c.id(), c.contentHash(), name.getValue(), code.getValue(), client());
                typedName = "";
                typedCode = "";
                render();
            } catch (RefusedException refused) {
                refused(refused, status);
            } catch (NoSuchElementException gone) {
                status.setText(getTranslation("portal.not-found"));
            }
        });
        confirm.setId("portal-sign");
        confirm.addClassName("siteline-portal-wide");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        sign.add(name, send, code, confirm, status);
        add(sign);

        Div reject = new Div();
        reject.addClassName("siteline-portal-sign");
        reject.add(new H3(getTranslation("portal.reject.heading")));
        Paragraph rejectStatus = new Paragraph();
        rejectStatus.setId("portal-reject-status");
        TextArea reason = new TextArea(getTranslation("portal.reject.reason"));
        reason.setId("portal-reject-reason");
        reason.setMaxLength(CustomerConfirmations.REASON_MAX + 1);
        reason.setValue(typedReason);
        reason.addValueChangeListener(e -> typedReason = e.getValue());
        Button no = new Button(getTranslation("portal.reject.send"), e -> {
            try {
                confirmations.reject(session, c.id(), reason.getValue(), client());
                typedReason = "";
                render();
            } catch (RefusedException refused) {
                refused(refused, rejectStatus);
            }
        });
        no.setId("portal-reject");
        no.addClassName("siteline-portal-wide");
        no.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.add(
                new Paragraph(getTranslation(c.changeOrder() ? "portal.reject.text.change" : "portal.reject.text")),
                reason,
                no,
                rejectStatus);
        add(reject);
    }

    private void decided(Confirmation c) {
        Div done = new Div();
        done.addClassName("siteline-portal-sign");
        done.setId("portal-decided");
        done.add(new H3(getTranslation("portal.state." + c.state())));
        if (c.signerName() != null) {
            done.add(new Paragraph(getTranslation("portal.pdf.signer") + ": " + c.signerName()));
        }
        if (c.reason() != null) {
            done.add(new Paragraph(getTranslation("portal.pdf.reason") + ": " + c.reason()));
        }
        done.add(new Paragraph(getTranslation("portal.pdf.at") + ": " + minute(c.decidedAt())));
        Paragraph hash = new Paragraph(getTranslation("portal.hash", c.contentHash()));
        hash.addClassName("siteline-portal-muted");
        done.add(hash);
        String file = "confirmation-" + c.id() + ".pdf";
        java.util.Locale locale = getLocale();
        Anchor pdf = new Anchor(
                handler(() -> confirmations
                        .pdf(session, c.id(), locale, client())
                        .map(bytes -> new AttachmentFile(file, "application/pdf", bytes))),
                getTranslation("portal.pdf.download"));
        pdf.setId("portal-confirmation-pdf");
        pdf.getElement().setAttribute("download", file);
        done.add(pdf);
        add(done);
    }
}
