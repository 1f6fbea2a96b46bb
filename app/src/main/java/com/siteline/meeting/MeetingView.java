package com.siteline.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A meeting as its page and the grid show it, with its attendees (and their receipts) and action items. */
public record MeetingView(
        long id,
        long version,
        long businessUnitId,
        String unitName,
        Long projectId,
        String projectName,
        MeetingKind kind,
        String title,
        MeetingState state,
        LocalDate dueOn,
        Instant heldAt,
        String place,
        String agenda,
        String minutes,
        String decisions,
        String organizer,
        String reviewedBy,
        Instant publishedAt,
        List<Attendee> attendees,
        List<Action> actions) {

    /** A staff user (username) or a customer (id and name) asked to the meeting. */
    public record Attendee(
            long id,
            String username,
            Long customerId,
            String customerName,
            boolean present,
            boolean chair,
            Instant openedAt,
            Instant acknowledgedAt) {

        public boolean received() {
            return acknowledgedAt != null || openedAt != null;
        }
    }

    /** An action item: what, who, by when, and whether it is done. */
    public record Action(
            long id, long version, String text, String owner, LocalDate dueOn, Instant doneAt, String doneBy) {

        public boolean overdue(LocalDate today) {
            return doneAt == null && dueOn.isBefore(today);
        }
    }

    /** How many attendees received the published minutes, of how many. */
    public long receivedCount() {
        return attendees.stream().filter(Attendee::received).count();
    }

    public boolean overdue(LocalDate today) {
        return state == MeetingState.PLANNED && dueOn != null && dueOn.isBefore(today);
    }
}
