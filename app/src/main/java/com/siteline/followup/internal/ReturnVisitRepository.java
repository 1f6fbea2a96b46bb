package com.siteline.followup.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ReturnVisitRepository extends JpaRepository<ReturnVisit, Long>, JpaSpecificationExecutor<ReturnVisit> {

    boolean existsBySourceKey(String sourceKey);

    java.util.List<ReturnVisit> findBySourceKeyStartingWith(String prefix);

    List<ReturnVisit> findByProjectIdOrderBySequenceAsc(long projectId);

    List<ReturnVisit> findByCustomerIdOrderByDueOnAsc(long customerId);

    /** Due visits whose day has passed (at the latest day any unit could still be on), for the ladder. */
    @Query("select v.id from ReturnVisit v where v.state = com.siteline.followup.VisitState.DUE and v.dueOn < :day"
            + " and v.escalationStep < 2 order by v.dueOn")
    List<Long> overdue(@Param("day") LocalDate day, Pageable page);

    @Query("select count(v) from ReturnVisit v where v.businessUnitId in :units"
            + " and v.state = com.siteline.followup.VisitState.DUE and v.dueOn <= :day")
    long dueBy(@Param("units") java.util.Collection<Long> units, @Param("day") LocalDate day);
}
