package com.siteline.issue.internal;

import com.siteline.issue.IssueLine;
import com.siteline.issue.SlaFact;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface IssueRepository extends JpaRepository<CustomerIssue, Long>, JpaSpecificationExecutor<CustomerIssue> {

    List<CustomerIssue> findByCustomerIdOrderByCreatedAtDesc(long customerId);

    @Query("select i.customerId, count(i) from CustomerIssue i where i.businessUnitId = :unit"
            + " and i.type = com.siteline.sdk.IssueType.COMPLAINT and i.createdAt >= :from and i.createdAt < :to"
            + " group by i.customerId")
    List<Object[]> complaintsByCustomer(
            @org.springframework.data.repository.query.Param("unit") long unit,
            @org.springframework.data.repository.query.Param("from") java.time.Instant from,
            @org.springframework.data.repository.query.Param("to") java.time.Instant to);

    @Modifying
    @Query("update CustomerIssue i set i.customerName = :name where i.customerId = :customerId")
    int rename(long customerId, String name);

    @Modifying
    @Query("update CustomerIssue i set i.customerType = :type where i.customerId = :customerId")
    int retype(long customerId, com.siteline.sla.CustomerType type);

    /**
     * What the response-time report needs of the issues raised in a period in some units, in the index's order
     * (unit, time raised): sorting a year of issues by id would cost more than reading them.
     */
    @Query("""
            select new com.siteline.issue.SlaFact(i.id, i.businessUnitId, i.customerId, i.assignee, i.urgency, i.categoryId,
                i.variantId, i.type, i.customerType, i.status, i.createdAt, i.firstResponseDue, i.firstRespondedAt, i.resolutionDue,
                i.resolvedAt, i.nextUpdateDue, i.pausedSince, i.nextUpdateCounted, i.nextUpdateMet,
                i.firstResponseTaken, i.resolutionTaken, i.firstResponseMinutes, i.resolutionMinutes, i.reopenedCount)
            from CustomerIssue i
            where i.businessUnitId in :units and i.createdAt >= :from and i.createdAt < :to""")
    List<SlaFact> slaFacts(java.util.Collection<Long> units, java.time.Instant from, java.time.Instant to);

    /** What the periodic documents list of a unit's issues raised in a period, oldest first. */
    @Query("""
            select new com.siteline.issue.IssueLine(i.id, i.title, i.customerId, i.customerName, i.type, i.categoryId,
                i.urgency, i.status, i.createdAt, i.resolvedAt, i.resolution)
            from CustomerIssue i
            where i.businessUnitId = :unit and i.createdAt >= :from and i.createdAt < :to
            order by i.createdAt, i.id""")
    List<IssueLine> lines(long unit, java.time.Instant from, java.time.Instant to);

    /** The issues whose next alert is due: the breach sweep, answered from the index on next_alert_at. */
    @Query("select i.id from CustomerIssue i where i.nextAlertAt <= :now order by i.nextAlertAt")
    List<Long> dueAlerts(java.time.Instant now, org.springframework.data.domain.Pageable page);
}
