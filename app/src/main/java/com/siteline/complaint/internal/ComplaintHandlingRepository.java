package com.siteline.complaint.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ComplaintHandlingRepository extends JpaRepository<ComplaintHandlingRow, Long> {

    Optional<ComplaintHandlingRow> findByIssueId(long issueId);
}
