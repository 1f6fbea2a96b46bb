package com.siteline.portal.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SharedEntryRepository extends JpaRepository<SharedEntryRow, Long> {

    List<SharedEntryRow> findByProjectId(long projectId);
}
