package com.siteline.project.internal;

import java.util.Collection;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface ProjectRepository extends JpaRepository<Project, Long>, JpaSpecificationExecutor<Project> {

    Page<Project> findByBusinessUnitIdIn(Collection<Long> businessUnitIds, Pageable pageable);

    long countByBusinessUnitIdIn(Collection<Long> businessUnitIds);
}
