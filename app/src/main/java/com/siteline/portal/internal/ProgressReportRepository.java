package com.siteline.portal.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgressReportRepository extends JpaRepository<ProgressReportRow, Long> {

    List<ProgressReportRow> findByProjectIdOrderBySentAtDesc(long projectId);
}
