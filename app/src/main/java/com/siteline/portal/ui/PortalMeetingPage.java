package com.siteline.portal.ui;

import com.siteline.base.RefusedException;
import com.siteline.base.ui.Formats;
import com.siteline.meeting.MeetingState;
import com.siteline.meeting.MeetingView;
import com.siteline.portal.CustomerPortal;
import com.siteline.portal.PortalAccess;
import com.siteline.portal.PortalMeetings;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;

/**
 * A meeting's minutes in the portal ({@code portal/meetings/<id>}): when and where, who attended, the minutes,
 * decisions and action items; the customer acknowledges them, or as the committee's chair approves them.
 */
@Route(value = "portal/meetings/:id", autoLayout = false)
@AnonymousAllowed
public class PortalMeetingPage extends PortalScreen {

    private final transient PortalMeetings meetings;
    private long meetingId;

    public PortalMeetingPage(CustomerPortal portal, PortalAccess access, PortalMeetings meetings) {
        super(portal, access);
        this.meetings = meetings;
        setId("portal-meeting");
    }

    @Override
    protected void enter(BeforeEnterEvent event) {
        meetingId = com.siteline.base.ui.RouteIds.of(event.getRouteParameters(), "id");
        render();
    }

    @Override
    protected void render() {
        removeAll();
        add(bar(), home());
        Optional<MeetingView> found = meetings.open(session, meetingId, client());
        if (found.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("portal.meeting.none"));
            none.setId("portal-not-found");
            add(none);
            return;
        }
        MeetingView m = found.get();
        add(new H2(m.title()));
        Paragraph when = new Paragraph(
                getTranslation("portal.meeting.when", Formats.minute(m.heldAt()), m.place() == null ? "—" : m.place()));
        when.addClassName("siteline-portal-muted");
        add(when);
        UnorderedList who = new UnorderedList();
        who.setId("portal-meeting-attendees");
        m.attendees().stream()
                .filter(a -> a.customerId() != null)
                .forEach(a -> who.add(new ListItem(a.customerName() + " · "
                        + getTranslation(a.present() ? "meeting.present" : "meeting.absent"))));
        add(who);
        section("meeting.minutes", m.minutes(), "portal-meeting-minutes");
        section("meeting.decisions", m.decisions(), "portal-meeting-decisions");
        if (!m.actions().isEmpty()) {
            add(new H3(getTranslation("meeting.actions")));
            UnorderedList actions = new UnorderedList();
            m.actions().forEach(a -> actions.add(new ListItem(a.text() + " · " + a.dueOn())));
            add(actions);
        }
        Paragraph status = new Paragraph();
        status.setId("portal-meeting-status");
        boolean acknowledged = m.attendees().stream()
                .anyMatch(a -> Long.valueOf(session.customerId()).equals(a.customerId()) && a.acknowledgedAt() != null);
        if (m.state() == MeetingState.REVIEWED) {
            Button approve = new Button(getTranslation("portal.meeting.approve"), e -> step(true, status));
            approve.setId("portal-meeting-approve");
            approve.addClassName("siteline-portal-wide");
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new Paragraph(getTranslation("portal.meeting.approve.text")), approve);
        } else if (acknowledged) {
            Paragraph done = new Paragraph(getTranslation("portal.meeting.acknowledged"));
            done.setId("portal-meeting-acknowledged");
            add(done);
        } else {
            Button ack = new Button(getTranslation("portal.meeting.acknowledge"), e -> step(false, status));
            ack.setId("portal-meeting-acknowledge");
            ack.addClassName("siteline-portal-wide");
            ack.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(ack);
        }
        add(status);
    }

    private void section(String labelKey, String text, String id) {
        if (text == null) {
            return;
        }
        add(new H3(getTranslation(labelKey)));
        Pre pre = new Pre(text);
        pre.setId(id);
        pre.getStyle()
                .set("white-space", "pre-wrap")
                .set("font-family", "inherit")
                .set("margin", "0");
        add(pre);
    }

    private void step(boolean approve, Paragraph status) {
        try {
            if (approve) {
                meetings.approve(session, meetingId, client());
            } else {
                meetings.acknowledge(session, meetingId, client());
            }
            render();
        } catch (RefusedException refused) {
            refused(refused, status);
        }
    }
}
