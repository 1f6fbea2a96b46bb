package com.siteline.job.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface RepairJobRepository extends JpaRepository<RepairJob, Long>, JpaSpecificationExecutor<RepairJob> {

    Optional<RepairJob> findByIssueId(long issueId);

    List<RepairJob> findByCustomerIdOrderByCreatedAtDesc(long customerId);

    List<RepairJob> findByProjectIdOrderByCreatedAtDesc(long projectId);

    List<RepairJob> findByTechnicianUsername(String technicianUsername);
}
