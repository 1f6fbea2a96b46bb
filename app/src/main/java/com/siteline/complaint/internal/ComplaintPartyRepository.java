package com.siteline.complaint.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ComplaintPartyRepository extends JpaRepository<ComplaintParty, Long> {

    List<ComplaintParty> findByIssueIdOrderByIdAsc(long issueId);
}
