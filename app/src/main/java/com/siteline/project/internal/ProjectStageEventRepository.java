package com.siteline.project.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProjectStageEventRepository extends JpaRepository<ProjectStageEvent, Long> {

    List<ProjectStageEvent> findByProjectIdOrderByAtAsc(long projectId);
}
