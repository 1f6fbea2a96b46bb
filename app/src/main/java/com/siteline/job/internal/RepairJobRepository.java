package com.siteline.job.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface RepairJobRepository extends JpaRepository<RepairJob, Long>, JpaSpecificationExecutor<RepairJob> {

    Optional<RepairJob> findByIssueId(long issueId);

    List<RepairJob> findByCustomerIdOrderByCreatedAtDesc(long customerId);

    List<RepairJob> findByProjectIdOrderByCreatedAtDesc(long projectId);

    /**
     * A technician's jobs that can be on their list for a day: those not finished, and those whose window or
     * completion falls between {@code from} and {@code to} (a range wider than the day in any zone; the caller keeps
     * the day's own).
     */
    @org.springframework.data.jpa.repository.Query("select j from RepairJob j where j.technicianUsername = :username"
            + " and (j.state in (com.siteline.job.JobState.DISPATCHED, com.siteline.job.JobState.ON_SITE)"
            + " or j.appointmentFrom between :from and :to or j.completedAt between :from and :to)")
    List<RepairJob> forTechnicianAround(
            @org.springframework.data.repository.query.Param("username") String username,
            @org.springframework.data.repository.query.Param("from") java.time.Instant from,
            @org.springframework.data.repository.query.Param("to") java.time.Instant to);
}
