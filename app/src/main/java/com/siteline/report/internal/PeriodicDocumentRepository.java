package com.siteline.report.internal;

import com.siteline.report.DocumentKind;
import com.siteline.report.DocumentStatus;
import java.time.LocalDate;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PeriodicDocumentRepository extends JpaRepository<PeriodicDocumentRow, Long> {

    boolean existsByBusinessUnitIdAndKindAndPeriodFirst(long businessUnitId, DocumentKind kind, LocalDate periodFirst);

    java.util.List<PeriodicDocumentRow> findByBusinessUnitIdAndKindAndDueOnAndStatus(
            long businessUnitId, DocumentKind kind, LocalDate dueOn, DocumentStatus status);

    java.util.List<PeriodicDocumentRow> findByBusinessUnitIdAndStatusOrderByPublishedAtDesc(
            long businessUnitId, DocumentStatus status);
}
