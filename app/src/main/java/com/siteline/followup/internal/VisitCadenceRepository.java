package com.siteline.followup.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface VisitCadenceRepository extends JpaRepository<VisitCadenceRow, Long> {}
