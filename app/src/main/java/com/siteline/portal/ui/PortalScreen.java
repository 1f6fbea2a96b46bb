package com.siteline.portal.ui;

import com.siteline.base.AppLocales;
import com.siteline.base.AttachmentFile;
import com.siteline.base.InvalidInputException;
import com.siteline.base.RefusedException;
import com.siteline.base.ui.BrandMark;
import com.siteline.base.ui.Downloads;
import com.siteline.base.ui.Formats;
import com.siteline.base.ui.Problems;
import com.siteline.portal.Client;
import com.siteline.portal.CustomerPortal;
import com.siteline.portal.PortalAccess;
import com.siteline.portal.PortalSession;
import com.siteline.portal.internal.PortalClosedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What every portal page shares: the signed-in customer (checked on every entry: a revoked or run-out access, or
 * none, goes back to the sign-in), a bar with the brand, the language and signing out, and photos as previews
 * that open full size on a tap. One column made for a phone.
 */
abstract class PortalScreen extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    protected final transient CustomerPortal portal;
    protected final transient PortalAccess access;
    protected PortalSession session;

    PortalScreen(CustomerPortal portal, PortalAccess access) {
        this.portal = portal;
        this.access = access;
        addClassName("siteline-portal");
        setPadding(false);
        setSpacing(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        session = PortalSessions.current();
        try {
            access.check(session);
        } catch (PortalClosedException e) {
            PortalSessions.end();
            session = null;
            if (!allowsSignedOut()) {
                event.forwardTo(PortalHomePage.class);
                return;
            }
        }
        enter(event);
    }

    /** Only the start page may be shown without a session (it signs in). */
    protected boolean allowsSignedOut() {
        return false;
    }

    /** Draws the page for the signed-in customer (or, on the start page, for none). */
    protected abstract void enter(BeforeEnterEvent event);

    /** Draws the page again (after the language changed, or a step). */
    protected abstract void render();

    @Override
    public String getPageTitle() {
        return getTranslation("portal.title");
    }

    protected Client client() {
        return PortalSessions.client();
    }

    /** The bar on top: brand, language, home and sign-out. */
    protected Component bar() {
        Div bar = new Div();
        bar.addClassName("siteline-portal-bar");
        BrandMark brand = new BrandMark();
        brand.setName(getTranslation("portal.brand"));
        Select<Locale> language = new Select<>();
        language.setItems(AppLocales.SUPPORTED);
        language.setItemLabelGenerator(locale -> getTranslation("language." + locale.getLanguage()));
        language.setValue(getLocale().getLanguage().equals("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
        language.setId("portal-language");
        language.setAriaLabel(getTranslation("portal.language"));
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                VaadinSession.getCurrent().setAttribute(AppLocales.SESSION_ATTRIBUTE, e.getValue());
                UI.getCurrent().setLocale(e.getValue());
                render();
            }
        });
        bar.add(brand, language);
        if (session != null) {
            Button out = new Button(getTranslation("portal.sign-out"), e -> {
                portal.signedOut(session, client());
                PortalSessions.end();
                UI.getCurrent().navigate(PortalHomePage.class);
            });
            out.setId("portal-sign-out");
            out.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            bar.add(out);
        }
        return bar;
    }

    protected Anchor home() {
        Anchor home = new Anchor("portal", "← " + getTranslation("portal.home"));
        home.setId("portal-home-link");
        return home;
    }

    /** A preview that opens the photo full size in a dialog. */
    protected Component photo(
            String id,
            String caption,
            Supplier<Optional<AttachmentFile>> preview,
            Supplier<Optional<AttachmentFile>> full) {
        Div figure = new Div();
        figure.getElement().setAttribute("role", "button");
        figure.getElement().setAttribute("tabindex", "0");
        figure.setId(id);
        Image image = new Image(handler(preview), caption);
        image.getElement().setAttribute("loading", "lazy");
        Span text = new Span(caption);
        text.addClassName("siteline-portal-caption");
        figure.add(image, text);
        figure.getElement().setAttribute("aria-label", caption);
        figure.addClickListener(click -> openFull(caption, full));
        // a keyboard opens it as a tap does
        com.vaadin.flow.component.Shortcuts.addShortcutListener(
                        figure, () -> openFull(caption, full), com.vaadin.flow.component.Key.ENTER)
                .listenOn(figure);
        com.vaadin.flow.component.Shortcuts.addShortcutListener(
                        figure, () -> openFull(caption, full), com.vaadin.flow.component.Key.SPACE)
                .listenOn(figure);
        return figure;
    }

    private void openFull(String caption, Supplier<Optional<AttachmentFile>> full) {
        Dialog dialog = new Dialog();
        dialog.setId("portal-photo-dialog");
        dialog.setWidth("100%");
        dialog.setMaxWidth("960px");
        Image big = new Image(handler(full), caption);
        big.addClassName("siteline-portal-full");
        Button close = new Button(getTranslation("portal.close"), e -> dialog.close());
        close.setId("portal-photo-close");
        dialog.add(big, new Paragraph(caption));
        dialog.getFooter().add(close);
        dialog.open();
    }

    /** A file of the portal: 404 when it is not the customer's, 403 once their access has ended. */
    static DownloadHandler handler(Supplier<Optional<AttachmentFile>> file) {
        return Downloads.of(event -> {
                    try {
                        return file.get()
                                .map(f -> new DownloadResponse(
                                        new ByteArrayInputStream(f.content()),
                                        f.fileName(),
                                        f.contentType(),
                                        f.content().length))
                                .orElse(DownloadResponse.error(404));
                    } catch (PortalClosedException ended) {
                        return DownloadResponse.error(403);
                    }
                })
                .inline();
    }

    protected String minute(Instant at) {
        return at == null ? "—" : Formats.minute(at);
    }

    protected String day(Instant at) {
        return at == null ? "—" : Formats.day(at);
    }

    /** Says a service's "no" in the customer's words. */
    protected void refused(RefusedException e, Paragraph status) {
        String text = e instanceof InvalidInputException problems
                ? String.join(
                        "; ",
                        problems.problems().stream().map(this::getTranslation).toList())
                : Problems.text(this, e.message());
        status.setText(text);
        status.getElement().setAttribute("role", "alert");
    }
}
