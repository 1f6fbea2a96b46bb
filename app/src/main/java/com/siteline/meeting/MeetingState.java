package com.siteline.meeting;

import com.siteline.base.Keyed;

/**
 * Where a meeting is: planned (due, not held yet), held with its minutes being written, minutes in review (by a
 * manager of the unit), reviewed and waiting for the chair's approval, published to every attendee.
 */
public enum MeetingState implements Keyed {
    PLANNED,
    DRAFT,
    IN_REVIEW,
    REVIEWED,
    PUBLISHED;

    @Override
    public String messageKey() {
        return "meeting.state." + name();
    }
}
