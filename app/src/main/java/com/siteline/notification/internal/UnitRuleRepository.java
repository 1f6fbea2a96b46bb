package com.siteline.notification.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface UnitRuleRepository extends JpaRepository<UnitRuleRow, Long> {}
