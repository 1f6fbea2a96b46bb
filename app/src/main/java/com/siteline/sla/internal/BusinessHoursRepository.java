package com.siteline.sla.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BusinessHoursRepository extends JpaRepository<BusinessHoursRow, Long> {}
