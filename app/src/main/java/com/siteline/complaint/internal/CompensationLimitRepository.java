package com.siteline.complaint.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CompensationLimitRepository extends JpaRepository<CompensationLimitRow, Long> {}
