package com.siteline.portal.ui;

import com.siteline.base.RefusedException;
import com.siteline.issue.IssueDetails;
import com.siteline.notification.CustomerMessages;
import com.siteline.portal.CustomerPortal;
import com.siteline.portal.PortalAccess;
import com.siteline.portal.PortalDocuments;
import com.siteline.portal.PortalMeetings;
import com.siteline.portal.PortalReceipts;
import com.siteline.portal.PortalSession;
import com.siteline.portal.PortalViews;
import com.siteline.report.CustomerDocuments;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;

/**
 * The portal's start page ({@code portal}): without a session it signs in (the personal link's {@code ?k=} is kept
 * for the visit, a code is sent and typed); with one it shows the customer's projects, what is waiting for them
 * (a signature, a change order, a resolution to answer, a survey) and their issues.
 */
@Route(value = "portal", autoLayout = false)
@AnonymousAllowed
public class PortalHomePage extends PortalScreen {

    private String code = "";

    private final transient PortalMeetings meetings;
    private final transient PortalDocuments documents;
    private final transient PortalReceipts receipts;
    private final transient com.siteline.portal.PortalLinks links;
    private final transient com.siteline.portal.PortalPrivacy privacy;

    public PortalHomePage(
            CustomerPortal portal,
            PortalAccess access,
            PortalMeetings meetings,
            PortalDocuments documents,
            PortalReceipts receipts,
            com.siteline.portal.PortalLinks links,
            com.siteline.portal.PortalPrivacy privacy) {
        super(portal, access);
        this.privacy = privacy;
        this.links = links;
        this.receipts = receipts;
        this.meetings = meetings;
        this.documents = documents;
        setId("portal-home");
    }

    @Override
    protected boolean allowsSignedOut() {
        return true;
    }

    @Override
    protected void enter(BeforeEnterEvent event) {
        List<String> link =
                event.getLocation().getQueryParameters().getParameters().get("k");
        if (link != null && !link.isEmpty() && !link.getFirst().isBlank()) {
            PortalSessions.rememberLink(link.getFirst());
            if (session != null && !access.opens(link.getFirst(), session)) {
                // another customer's link in this browser: that customer signs in anew
                PortalSessions.end();
                session = null;
            }
        }
        render();
    }

    @Override
    protected void render() {
        removeAll();
        add(bar());
        if (session == null) {
            signIn();
        } else {
            start();
        }
    }

    private void signIn() {
        add(new H2(getTranslation("portal.sign-in.title")));
        String token = PortalSessions.link();
        if (token == null || !access.linkWorks(token)) {
            Paragraph none = new Paragraph(
                    getTranslation(token == null ? "portal.sign-in.no-link" : "portal.sign-in.link-gone"));
            none.setId("portal-no-link");
            add(none);
            newLink();
            return;
        }
        add(new Paragraph(getTranslation("portal.sign-in.text")));
        Paragraph status = new Paragraph();
        status.setId("portal-sign-in-status");
        Button send = new Button(getTranslation("portal.sign-in.send"));
        send.setId("portal-send-code");
        send.addClassName("siteline-portal-wide");
        TextField codeField = new TextField(getTranslation("portal.sign-in.code"));
        codeField.setId("portal-code");
        codeField.setAllowedCharPattern("[0-9]");
        codeField.setMaxLength(6);
        codeField.setValue(code);
        codeField.getElement().setAttribute("inputmode", "numeric");
        codeField.getElement().setAttribute("autocomplete", "one-time-code");
        codeField.addValueChangeListener(e -> code = e.getValue());
        Button enter = new Button(getTranslation("portal.sign-in.enter"));
        enter.setId("portal-sign-in");
        enter.addClassName("siteline-portal-wide");
        enter.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        enter.addClickShortcut(Key.ENTER);
        Div otherWays = new Div();
        otherWays.setId("portal-code-other-ways");
        send.addClickListener(e -> sendCode(token, null, status, otherWays, codeField));
        enter.addClickListener(e -> {
            try {
                PortalSession signedIn = access.signIn(token, codeField.getValue(), client());
                PortalSessions.start(signedIn);
                session = signedIn;
                code = "";
                render();
            } catch (RefusedException refused) {
                refused(refused, status);
            }
        });
        Div codeBox = new Div(codeField);
        codeBox.addClassName("siteline-portal-code");
        codeBox.setWidthFull();
        add(send, codeBox, enter, status, otherWays);
    }

    /** Sends a code (on a channel first), says where it went and offers the customer's other channels. */
    private void sendCode(String token, String channel, Paragraph status, Div otherWays, TextField codeField) {
        try {
            List<CustomerMessages.Route> routes = access.sendSignInCode(token, client(), channel);
            status.getElement().removeAttribute("role");
            otherWays.removeAll();
            if (routes.isEmpty()) {
                status.setText(getTranslation("portal.sign-in.sent"));
            } else {
                CustomerMessages.Route went = routes.getFirst();
                status.setText(
                        getTranslation("portal.sign-in.sent-to", channelName(went.channel()), went.maskedAddress()));
                for (CustomerMessages.Route other : routes.subList(1, routes.size())) {
                    Button again = new Button(getTranslation(
                            "portal.sign-in.other-way", channelName(other.channel()), other.maskedAddress()));
                    again.setId("portal-code-via-" + other.channel());
                    again.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                    again.addClickListener(e -> sendCode(token, other.channel(), status, otherWays, codeField));
                    otherWays.add(again);
                }
            }
            codeField.focus();
        } catch (RefusedException refused) {
            refused(refused, status);
        }
    }

    private String channelName(String channel) {
        String key = "consent.channel." + channel;
        String name = getTranslation(key);
        return name.equals(key) || name.startsWith("!") ? channel : name;
    }

    /** "I lost my invitation": a phone number or an e-mail address, and the same answer whoever asks. */
    private void newLink() {
        add(new com.vaadin.flow.component.html.H3(getTranslation("portal.new-link.title")));
        TextField contact = new TextField(getTranslation("portal.new-link.contact"));
        contact.setId("portal-new-link-contact");
        contact.setWidthFull();
        contact.setMaxLength(200);
        Paragraph status = new Paragraph();
        status.setId("portal-new-link-status");
        Button ask = new Button(getTranslation("portal.new-link.send"), e -> {
            try {
                links.request(contact.getValue(), client());
                contact.setInvalid(false);
                status.setText(getTranslation("portal.new-link.sent"));
                status.getElement().removeAttribute("role");
            } catch (RefusedException refused) {
                contact.setInvalid(true);
                refused(refused, status);
            }
        });
        ask.setId("portal-new-link-send");
        ask.addClassName("siteline-portal-wide");
        add(new Paragraph(getTranslation("portal.new-link.text")), contact, ask, status);
    }

    private void start() {
        PortalViews.Home home = portal.home(session);
        H2 hello = new H2(getTranslation("portal.home.hello", home.customerName()));
        hello.setId("portal-hello");
        add(hello);
        List<PortalViews.Need> needs = new java.util.ArrayList<>(home.needs());
        needs.addAll(meetings.needs(session));
        needs.addAll(receipts.needs(session));
        if (!needs.isEmpty()) {
            add(new H3(getTranslation("portal.needs")));
            for (PortalViews.Need need : needs) {
                Anchor card = new Anchor(needLink(need), "");
                card.setId("portal-need-" + need.kind().name().toLowerCase(java.util.Locale.ROOT) + "-" + need.id());
                card.addClassNames("siteline-portal-card", "siteline-portal-need");
                card.add(new Span(getTranslation(need.kind().messageKey())));
                card.add(new com.vaadin.flow.component.html.Paragraph(need.title()));
                add(card);
            }
        }
        add(new H3(getTranslation("portal.projects")));
        if (home.projects().isEmpty()) {
            add(new Paragraph(getTranslation("portal.projects.none")));
        }
        for (PortalViews.ProjectCard project : home.projects()) {
            Anchor card = new Anchor("portal/projects/" + project.id(), "");
            card.setId("portal-project-" + project.id());
            card.addClassName("siteline-portal-card");
            Span name = new Span(project.name());
            name.getElement().setAttribute("class", "siteline-portal-name");
            card.add(new com.vaadin.flow.component.html.Span(), name);
            String stage = project.completed()
                    ? getTranslation("portal.project.completed")
                    : getTranslation(
                            "portal.project.stage",
                            project.stageNumber(),
                            project.stageCount(),
                            project.stage() == null ? "" : project.stage().get(getLocale()));
            Paragraph where = new Paragraph(stage);
            where.addClassName("siteline-portal-muted");
            ProgressBar bar = new ProgressBar(
                    0, project.stageCount(), project.completed() ? project.stageCount() : project.stageNumber() - 1);
            bar.getElement().setAttribute("aria-label", stage);
            card.add(where, bar);
            add(card);
        }
        add(new H3(getTranslation("portal.issues")));
        Button raise = new Button(
                getTranslation("portal.issue.raise"), e -> UI.getCurrent().navigate(PortalNewIssuePage.class));
        raise.setId("portal-raise-issue");
        raise.addClassName("siteline-portal-wide");
        raise.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(raise);
        for (IssueDetails issue : home.issues()) {
            Anchor card = new Anchor("portal/issues/" + issue.id(), "");
            card.setId("portal-issue-" + issue.id());
            card.addClassName("siteline-portal-card");
            card.add(new Span(issue.title()));
            Paragraph state = new Paragraph(getTranslation("portal.issue.state." + PortalIssuePage.publicState(issue))
                    + " · " + day(issue.createdAt()));
            state.addClassName("siteline-portal-muted");
            card.add(state);
            add(card);
        }
        published();
        add(new PortalMyData(privacy, session, this::client));
    }

    /** What the customer's unit published (公布): each document's owners' PDF. */
    private void published() {
        List<CustomerDocuments.Published> shown = documents.list(session);
        if (shown.isEmpty()) {
            return;
        }
        add(new H3(getTranslation("portal.documents")));
        for (CustomerDocuments.Published d : shown) {
            String name = getTranslation(d.kind().messageKey()) + " " + d.first() + "–" + d.last();
            Anchor card =
                    new Anchor(handler(() -> documents.pdf(session, d.id(), name + ".pdf", getLocale(), client())), "");
            card.setId("portal-document-" + d.id());
            card.addClassName("siteline-portal-card");
            card.add(new Span(name));
            Paragraph when = new Paragraph(getTranslation("portal.documents.published", day(d.publishedAt())));
            when.addClassName("siteline-portal-muted");
            card.add(when);
            add(card);
        }
    }

    private static String needLink(PortalViews.Need need) {
        return switch (need.kind()) {
            case CONFIRMATION, CHANGE_ORDER -> "portal/confirmations/" + need.id();
            case RESOLUTION, REPAIR_DONE -> "portal/issues/" + need.id();
            case SURVEY -> "portal/surveys/" + need.id();
            case MINUTES, MINUTES_APPROVAL -> "portal/meetings/" + need.id();
            case RECEIPT -> "portal/receipts/" + need.id();
        };
    }
}
