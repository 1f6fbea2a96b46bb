package com.siteline.survey.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SurveyCampaignRepository extends JpaRepository<SurveyCampaign, Long> {

    List<SurveyCampaign> findByBusinessUnitIdInOrderByCreatedAtDesc(Collection<Long> units);

    List<SurveyCampaign> findByEndsOnBetween(java.time.LocalDate first, java.time.LocalDate last);
}
