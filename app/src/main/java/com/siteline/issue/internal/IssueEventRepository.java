package com.siteline.issue.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IssueEventRepository extends JpaRepository<IssueEvent, Long> {

    List<IssueEvent> findByIssueIdOrderByOccurredAtAscIdAsc(long issueId);
}
