package com.siteline.report.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface KpiSettingsRepository extends JpaRepository<KpiSettingsRow, Long> {}
