package com.siteline.meeting;

import com.siteline.base.CustomerActor;
import com.siteline.base.RefusedException;
import com.siteline.meeting.internal.Meeting;
import com.siteline.meeting.internal.MeetingAttendee;
import com.siteline.meeting.internal.MeetingRepository;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's own meetings, for the customer portal: the published minutes of the meetings they were asked to
 * (present or absent), each one's receipt, and the approval of reviewed minutes by the committee's chair. Each method
 * names the customer and only that customer may call it ({@link CustomerActor#SELF}).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(CustomerActor.SELF)
public class CustomerMeetings {

    private final MeetingRepository meetings;
    private final Meetings staff;
    private final Clock clock;

    CustomerMeetings(MeetingRepository meetings, Meetings staff, Clock clock) {
        this.meetings = meetings;
        this.staff = staff;
        this.clock = clock;
    }

    /** The customer's meetings with published minutes, and those waiting for their approval as chair; latest first. */
    public List<MeetingView> of(long customerId) {
        return meetings.ofCustomer(customerId).stream()
                .filter(m -> m.getState() == MeetingState.PUBLISHED
                        || chair(m, customerId).isPresent())
                .map(staff::view)
                .toList();
    }

    /** One of them, marked opened by the customer (the first time); empty for any other meeting. */
    @Transactional
    public Optional<MeetingView> open(long customerId, long meetingId) {
        return attendee(customerId, meetingId).map(a -> {
            if (a.getMeeting().getState() == MeetingState.PUBLISHED) {
                a.opened(clock.instant());
            }
            return staff.view(meetings.saveAndFlush(a.getMeeting()));
        });
    }

    /** The customer acknowledges the published minutes. */
    @Transactional
    public MeetingView acknowledge(long customerId, long meetingId) {
        MeetingAttendee me =
                attendee(customerId, meetingId).orElseThrow(() -> new RefusedException("meeting.refused.not-attendee"));
        if (me.getMeeting().getState() != MeetingState.PUBLISHED) {
            throw new RefusedException("meeting.refused.state");
        }
        me.acknowledged(clock.instant());
        return staff.view(meetings.saveAndFlush(me.getMeeting()));
    }

    /** The committee's chair approves reviewed minutes: they are published to every attendee. */
    @Transactional
    public MeetingView approve(long customerId, long meetingId) {
        Meeting meeting = attendee(customerId, meetingId)
                .map(MeetingAttendee::getMeeting)
                .orElseThrow(() -> new RefusedException("meeting.refused.not-attendee"));
        if (meeting.getState() != MeetingState.REVIEWED) {
            throw new RefusedException("meeting.refused.state");
        }
        MeetingAttendee chair =
                chair(meeting, customerId).orElseThrow(() -> new RefusedException("meeting.refused.not-chair"));
        chair.acknowledged(clock.instant());
        staff.approvedByChair(meeting);
        return staff.view(meeting);
    }

    private Optional<MeetingAttendee> attendee(long customerId, long meetingId) {
        return meetings.findById(meetingId)
                .flatMap(m -> m.getAttendees().stream()
                        .filter(a -> Long.valueOf(customerId).equals(a.getCustomerId()))
                        .findFirst());
    }

    private static Optional<MeetingAttendee> chair(Meeting meeting, long customerId) {
        return meeting.getAttendees().stream()
                .filter(a -> a.isChair() && Long.valueOf(customerId).equals(a.getCustomerId()))
                .findFirst();
    }
}
