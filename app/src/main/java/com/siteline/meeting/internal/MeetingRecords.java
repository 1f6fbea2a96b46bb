package com.siteline.meeting.internal;

import com.siteline.meeting.MeetingState;
import com.siteline.plan.HeldRecord;
import com.siteline.plan.HeldRecords;
import com.siteline.sdk.PlanLine;
import com.siteline.sla.CalendarService;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Component;

/** A project's meetings with published minutes, as the records that hold its plan's meeting tasks. */
@Component
class MeetingRecords implements HeldRecords {

    private final MeetingRepository meetings;
    private final CalendarService calendars;

    MeetingRecords(MeetingRepository meetings, CalendarService calendars) {
        this.meetings = meetings;
        this.calendars = calendars;
    }

    @Override
    public PlanLine.HeldBy kind() {
        return PlanLine.HeldBy.MEETING;
    }

    @Override
    public List<HeldRecord> of(long projectId) {
        return meetings.findByProjectIdAndStateOrderByHeldAt(projectId, MeetingState.PUBLISHED).stream()
                .map(m -> {
                    ZoneId zone = calendars.calendarFor(m.getBusinessUnitId()).zone();
                    return new HeldRecord(
                            PlanLine.HeldBy.MEETING,
                            m.getId(),
                            null,
                            m.getHeldAt(),
                            m.getHeldAt().atZone(zone).toLocalDate(),
                            m.getTitle());
                })
                .toList();
    }
}
