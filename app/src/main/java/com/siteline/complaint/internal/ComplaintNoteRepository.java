package com.siteline.complaint.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ComplaintNoteRepository extends JpaRepository<ComplaintNote, Long> {

    List<ComplaintNote> findByIssueIdOrderByWrittenAtAscIdAsc(long issueId);
}
