package com.siteline.project.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface ProjectRepository extends JpaRepository<Project, Long>, JpaSpecificationExecutor<Project> {

    List<Project> findByCustomerIdOrderByCreatedAtDesc(Long customerId);

    List<Project> findByProjectManagerAndClosedAtIsNullOrderByCreatedAtDesc(String projectManager);
}
