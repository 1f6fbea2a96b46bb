package com.siteline.issue.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface IssueRepository extends JpaRepository<CustomerIssue, Long>, JpaSpecificationExecutor<CustomerIssue> {

    List<CustomerIssue> findByCustomerIdOrderByCreatedAtDesc(long customerId);

    @Modifying
    @Query("update CustomerIssue i set i.customerName = :name where i.customerId = :customerId")
    int rename(long customerId, String name);

    /** The issues whose next alert is due: the breach sweep, answered from the index on next_alert_at. */
    @Query("select i.id from CustomerIssue i where i.nextAlertAt <= :now order by i.nextAlertAt")
    List<Long> dueAlerts(java.time.Instant now, org.springframework.data.domain.Pageable page);
}
