package com.siteline.complaint.internal;

import com.siteline.complaint.CompensationState;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CompensationRepository extends JpaRepository<Compensation, Long> {

    List<Compensation> findByIssueIdOrderByIdAsc(long issueId);

    List<Compensation> findAllByOrderByProposedAtDesc();

    List<Compensation> findByStateOrderByProposedAtAsc(CompensationState state);
}
