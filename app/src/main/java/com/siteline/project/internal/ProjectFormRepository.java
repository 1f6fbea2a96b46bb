package com.siteline.project.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProjectFormRepository extends JpaRepository<ProjectForm, Long> {

    Optional<ProjectForm> findByProjectIdAndFormId(long projectId, String formId);
}
