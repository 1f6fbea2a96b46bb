package com.siteline.meeting.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MeetingActionRepository extends JpaRepository<MeetingAction, Long> {

    List<MeetingAction> findByMeetingIdOrderByDueOnAscIdAsc(long meetingId);

    @Query("select a.id from MeetingAction a where a.doneAt is null and a.dueOn < :day and a.reminded = false")
    List<Long> overdue(LocalDate day);
}
