package com.siteline.meeting.internal;

import com.siteline.meeting.MeetingKind;
import com.siteline.meeting.MeetingState;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface MeetingRepository extends JpaRepository<Meeting, Long>, JpaSpecificationExecutor<Meeting> {

    List<Meeting> findByProjectIdOrderByIdDesc(long projectId);

    List<Meeting> findByProjectIdAndStateOrderByHeldAt(long projectId, MeetingState state);

    boolean existsByProjectIdAndKind(long projectId, MeetingKind kind);

    @Query("select m.id from Meeting m where m.state = com.siteline.meeting.MeetingState.PLANNED"
            + " and m.dueOn < :day and m.escalated = false")
    List<Long> overdue(LocalDate day);

    @Query("select a.meeting from MeetingAttendee a where a.customerId = :customerId"
            + " and a.meeting.state in (com.siteline.meeting.MeetingState.PUBLISHED,"
            + " com.siteline.meeting.MeetingState.REVIEWED) order by a.meeting.heldAt desc")
    List<Meeting> ofCustomer(long customerId);
}
