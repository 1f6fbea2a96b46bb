package com.siteline.plan.internal;

import com.siteline.plan.TaskState;
import com.siteline.sdk.PlanLine;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface PlanTaskRepository extends JpaRepository<PlanTask, Long>, JpaSpecificationExecutor<PlanTask> {

    boolean existsByProjectIdAndLineKeyAndPeriodFirst(long projectId, String lineKey, LocalDate periodFirst);

    List<PlanTask> findByProjectIdOrderByDueOnDescIdDesc(long projectId);

    List<PlanTask> findByProjectIdInAndConfirmReceiptTrueOrderByHeldAtDesc(java.util.Collection<Long> projectIds);

    List<PlanTask> findByProjectIdAndStateAndHeldByOrderByDueOn(long projectId, TaskState state, PlanLine.HeldBy by);

    Optional<PlanTask> findByRecordKindAndRecordId(PlanLine.HeldBy kind, long recordId);

    @Query("select t.recordId from PlanTask t where t.projectId = :projectId and t.recordKind = :kind")
    List<Long> usedRecords(long projectId, PlanLine.HeldBy kind);

    /** A unit's tasks due between two days, counted by state. */
    @Query("select t.state, count(t) from PlanTask t"
            + " where t.businessUnitId = :unit and t.dueOn between :from and :to group by t.state")
    List<Object[]> counts(long unit, LocalDate from, LocalDate to);

    /** How many of a unit's open tasks due between two days were due before a day. */
    @Query("select count(t) from PlanTask t where t.businessUnitId = :unit and t.dueOn between :from and :to"
            + " and t.state = com.siteline.plan.TaskState.OPEN and t.dueOn < :today")
    long overdueCount(long unit, LocalDate from, LocalDate to, LocalDate today);

    @Query("select t.id from PlanTask t where t.state = com.siteline.plan.TaskState.OPEN"
            + " and t.dueOn < :day and t.escalationStep < 2 order by t.dueOn")
    List<Long> overdue(LocalDate day);
}
