package com.siteline.survey.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SurveyTemplateRowRepository extends JpaRepository<SurveyTemplateRow, Long> {

    Optional<SurveyTemplateRow> findByTemplateIdAndTemplateVersion(String templateId, int templateVersion);

    List<SurveyTemplateRow> findByTemplateIdOrderByTemplateVersionDesc(String templateId);

    List<SurveyTemplateRow> findAllByOrderByCreatedAtDescTemplateVersionDesc();
}
