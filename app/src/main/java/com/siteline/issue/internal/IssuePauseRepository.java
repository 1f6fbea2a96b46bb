package com.siteline.issue.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IssuePauseRepository extends JpaRepository<IssuePause, Long> {

    List<IssuePause> findByIssueIdOrderByPausedFromAsc(long issueId);
}
