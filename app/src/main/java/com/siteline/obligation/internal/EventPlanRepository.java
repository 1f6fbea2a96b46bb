package com.siteline.obligation.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EventPlanRepository extends JpaRepository<EventPlan, Long> {

    Optional<EventPlan> findByBusinessUnitIdAndYear(long businessUnitId, int year);
}
