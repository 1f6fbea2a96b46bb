package com.siteline.project.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProjectSignOffRepository extends JpaRepository<ProjectSignOff, ProjectSignOff.Key> {

    java.util.List<ProjectSignOff> findByKeyProjectId(long projectId);
}
