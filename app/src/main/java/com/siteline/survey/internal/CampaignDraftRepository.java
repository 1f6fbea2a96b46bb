package com.siteline.survey.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CampaignDraftRepository extends JpaRepository<CampaignDraft, Long> {

    boolean existsByBusinessUnitIdAndObligationIdAndDueOn(long businessUnitId, String obligationId, LocalDate dueOn);

    List<CampaignDraft> findByCampaignIdIsNullOrderByDueOnAsc();

    List<CampaignDraft> findByBusinessUnitIdAndTemplateIdAndCampaignIdIsNullOrderByDueOnAsc(
            long businessUnitId, String templateId);
}
