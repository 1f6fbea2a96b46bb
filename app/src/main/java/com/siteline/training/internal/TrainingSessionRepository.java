package com.siteline.training.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TrainingSessionRepository extends JpaRepository<TrainingSession, Long> {

    List<TrainingSession> findAllByOrderByHeldOnDescIdDesc();

    @Query("select a.username, count(a) from TrainingAttendee a where a.attended = true"
            + " and a.session.state = com.siteline.training.TrainingState.HELD"
            + " and a.session.heldOn >= :first and a.session.heldOn <= :last group by a.username")
    List<Object[]> attendedBetween(LocalDate first, LocalDate last);
}
