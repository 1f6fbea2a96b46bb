package com.siteline.project.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProjectChecklistRepository extends JpaRepository<ProjectChecklist, Long> {

    Optional<ProjectChecklist> findByProjectIdAndChecklistId(long projectId, String checklistId);
}
