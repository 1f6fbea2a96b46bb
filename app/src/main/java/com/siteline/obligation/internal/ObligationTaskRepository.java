package com.siteline.obligation.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ObligationTaskRepository
        extends JpaRepository<ObligationTask, Long>, JpaSpecificationExecutor<ObligationTask> {

    boolean existsByBusinessUnitIdAndObligationIdAndPeriodFirst(
            long businessUnitId, String obligationId, LocalDate periodFirst);

    Optional<ObligationTask> findByBusinessUnitIdAndObligationIdAndPeriodFirst(
            long businessUnitId, String obligationId, LocalDate periodFirst);

    Optional<ObligationTask> findByBusinessUnitIdAndObligationIdAndDueOn(
            long businessUnitId, String obligationId, LocalDate dueOn);

    @Query("select t from ObligationTask t where t.businessUnitId = :unit and t.obligationId = :obligation"
            + " and t.state = com.siteline.obligation.ObligationState.OPEN and t.periodFirst <= :day"
            + " and t.periodLast >= :day")
    List<ObligationTask> openOn(
            @Param("unit") long unit, @Param("obligation") String obligation, @Param("day") LocalDate day);

    @Query("select t.id from ObligationTask t where t.state = com.siteline.obligation.ObligationState.OPEN"
            + " and t.dueOn < :day and t.escalationStep < 2 order by t.dueOn")
    List<Long> overdue(@Param("day") LocalDate day);
}
