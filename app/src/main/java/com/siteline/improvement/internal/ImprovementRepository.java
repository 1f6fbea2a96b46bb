package com.siteline.improvement.internal;

import com.siteline.improvement.ImprovementSource;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface ImprovementRepository extends JpaRepository<Improvement, Long>, JpaSpecificationExecutor<Improvement> {

    List<Improvement> findBySourceAndSourceIdOrderByIdDesc(ImprovementSource source, long sourceId);

    @Query("select i.id from Improvement i where i.state = com.siteline.improvement.ImprovementState.OPEN"
            + " and i.dueOn < :day and i.escalationStep < 2 order by i.dueOn")
    List<Long> overdue(LocalDate day);

    @Query("select count(i) from Improvement i where i.businessUnitId = :unit and i.raisedAt >= :from"
            + " and i.raisedAt < :to")
    long raisedBetween(long unit, java.time.Instant from, java.time.Instant to);

    @Query("select count(i) from Improvement i where i.businessUnitId = :unit and i.verifiedAt >= :from"
            + " and i.verifiedAt < :to and i.state = com.siteline.improvement.ImprovementState.VERIFIED")
    long verifiedBetween(long unit, java.time.Instant from, java.time.Instant to);

    @Query("select count(i) from Improvement i where i.businessUnitId = :unit and i.raisedAt < :to"
            + " and i.state <> com.siteline.improvement.ImprovementState.VERIFIED")
    long openRaisedBefore(long unit, java.time.Instant to);

    @Query("select count(i) from Improvement i where i.businessUnitId = :unit and i.raisedAt < :to"
            + " and i.state <> com.siteline.improvement.ImprovementState.VERIFIED and i.dueOn < :day")
    long overdueRaisedBefore(long unit, java.time.Instant to, LocalDate day);
}
