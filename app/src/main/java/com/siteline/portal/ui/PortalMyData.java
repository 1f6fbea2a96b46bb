package com.siteline.portal.ui;

import com.siteline.base.InvalidInputException;
import com.siteline.base.RefusedException;
import com.siteline.portal.Client;
import com.siteline.portal.PortalPrivacy;
import com.siteline.portal.PortalSession;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The start page's "my personal data" (我的个人信息): a copy of everything held about the customer to download, and
 * a request to erase it with the reason (a manager decides; what was typed stays when the reason is missing).
 */
class PortalMyData extends Div {

    private final transient PortalPrivacy privacy;
    private final transient PortalSession session;
    private final transient Supplier<Client> client;

    PortalMyData(PortalPrivacy privacy, PortalSession session, Supplier<Client> client) {
        this.privacy = privacy;
        this.session = session;
        this.client = client;
        setId("portal-my-data");
        fill();
    }

    private void fill() {
        removeAll();
        add(new H3(getTranslation("portal.my-data")));
        Anchor copy = new Anchor(PortalScreen.handler(() -> Optional.of(privacy.archive(session, client.get()))), "");
        copy.setId("portal-my-data-copy");
        copy.getElement().setAttribute("download", true);
        copy.addClassName("siteline-portal-card");
        copy.add(new Paragraph(getTranslation("portal.my-data.copy")));
        add(copy);
        if (privacy.erasureWaiting(session)) {
            Paragraph waiting = new Paragraph(getTranslation("portal.my-data.waiting"));
            waiting.setId("portal-erase-waiting");
            add(waiting);
            return;
        }
        Button ask = new Button(getTranslation("portal.my-data.erase"), click -> form());
        ask.setId("portal-erase");
        ask.addClassName("siteline-portal-wide");
        ask.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(ask);
    }

    private void form() {
        removeAll();
        add(new H3(getTranslation("portal.my-data.erase")));
        add(new Paragraph(getTranslation("portal.my-data.erase-help")));
        TextArea reason = new TextArea(getTranslation("portal.my-data.reason"));
        reason.setId("portal-erase-reason");
        reason.setWidthFull();
        reason.setMaxLength(500);
        Paragraph status = new Paragraph();
        status.setId("portal-erase-status");
        Button send = new Button(getTranslation("portal.my-data.send"));
        send.setId("portal-erase-send");
        send.addClassName("siteline-portal-wide");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        send.addClickListener(click -> {
            try {
                privacy.requestErasure(session, reason.getValue(), client.get());
                fill();
            } catch (InvalidInputException problems) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation(problems.problems().getFirst()));
                status.setText(getTranslation(problems.problems().getFirst()));
                status.getElement().setAttribute("role", "alert");
            } catch (RefusedException refused) {
                status.setText(getTranslation(refused.message().key()));
                status.getElement().setAttribute("role", "alert");
            }
        });
        Button back = new Button(getTranslation("portal.close"), click -> fill());
        back.setId("portal-erase-cancel");
        add(reason, send, back, status);
    }
}
