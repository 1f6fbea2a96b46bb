package com.siteline.portal;

import com.siteline.meeting.CustomerMeetings;
import com.siteline.meeting.MeetingState;
import com.siteline.meeting.MeetingView;
import com.siteline.meeting.MinutesPublished;
import com.siteline.meeting.MinutesToApprove;
import java.util.List;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Meeting minutes in the portal: the customer is told when minutes they were asked to are published (or wait for
 * their approval as the committee's chair), reads them (the first opening is their receipt), acknowledges them, and
 * as chair approves them. Each step recorded with the portal's events.
 */
@Service
public class PortalMeetings {

    private final CustomerMeetings meetings;
    private final PortalAccess access;
    private final PortalReads reads;
    private final TransactionTemplate tx;

    PortalMeetings(
            CustomerMeetings meetings,
            PortalAccess access,
            PortalReads reads,
            PlatformTransactionManager transactions) {
        this.meetings = meetings;
        this.access = access;
        this.reads = reads;
        this.tx = new TransactionTemplate(transactions);
    }

    /** Each customer attendee is told, in the publishing transaction (the message leaves after it commits). */
    @EventListener
    public void on(MinutesPublished published) {
        for (long customer : published.customerIds()) {
            access.tell(
                    customer,
                    "PORTAL_MINUTES",
                    "portal.message.minutes.subject",
                    "portal.message.minutes",
                    published.title(),
                    access.link("portal/meetings/" + published.meetingId()));
        }
    }

    /** The chair is asked to approve reviewed minutes. */
    @EventListener
    public void on(MinutesToApprove waiting) {
        access.tell(
                waiting.chairCustomerId(),
                "PORTAL_MINUTES",
                "portal.message.minutes-approval.subject",
                "portal.message.minutes-approval",
                waiting.title(),
                access.link("portal/meetings/" + waiting.meetingId()));
    }

    /** The customer's minutes, the latest first. */
    public List<MeetingView> list(PortalSession session) {
        return reads.read(session, () -> meetings.of(session.customerId()));
    }

    /** What the start page asks of the customer: minutes to acknowledge, minutes to approve as chair. */
    public List<PortalViews.Need> needs(PortalSession session) {
        long customer = session.customerId();
        return list(session).stream()
                .filter(m -> m.attendees().stream()
                        .anyMatch(a -> Long.valueOf(customer).equals(a.customerId()) && a.acknowledgedAt() == null))
                .map(m -> new PortalViews.Need(
                        m.state() == MeetingState.REVIEWED
                                ? PortalViews.Need.Kind.MINUTES_APPROVAL
                                : PortalViews.Need.Kind.MINUTES,
                        m.id(),
                        m.title(),
                        m.projectId()))
                .toList();
    }

    /** One of the customer's minutes; its first opening is their receipt. Empty (and recorded) for any other. */
    public Optional<MeetingView> open(PortalSession session, long meetingId, Client client) {
        access.check(session);
        Optional<MeetingView> meeting =
                tx.execute(status -> PortalReads.as(session, () -> meetings.open(session.customerId(), meetingId)));
        if (meeting.isEmpty()) {
            reads.denied(session, "meeting " + meetingId, client);
        }
        return meeting;
    }

    /** The customer acknowledges the minutes. */
    public MeetingView acknowledge(PortalSession session, long meetingId, Client client) {
        access.check(session);
        return tx.execute(status -> {
            MeetingView done = PortalReads.as(session, () -> meetings.acknowledge(session.customerId(), meetingId));
            access.record(session, "MINUTES_ACKNOWLEDGED", "#" + meetingId, client);
            return done;
        });
    }

    /** The committee's chair approves reviewed minutes: they are published to every attendee. */
    public MeetingView approve(PortalSession session, long meetingId, Client client) {
        access.check(session);
        return tx.execute(status -> {
            MeetingView done = PortalReads.as(session, () -> meetings.approve(session.customerId(), meetingId));
            access.record(session, "MINUTES_APPROVED", "#" + meetingId, client);
            return done;
        });
    }
}
