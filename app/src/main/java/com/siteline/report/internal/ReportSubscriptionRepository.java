package com.siteline.report.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportSubscriptionRepository extends JpaRepository<ReportSubscriptionRow, Long> {

    List<ReportSubscriptionRow> findByOwnerOrderById(String owner);

    List<ReportSubscriptionRow> findByActiveTrueOrderById();
}
