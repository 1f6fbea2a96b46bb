package com.siteline.knowledge.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface KnowledgeArticleRepository extends JpaRepository<KnowledgeArticle, Long> {

    List<KnowledgeArticle> findAllByOrderByBusinessUnitIdAscTitleAsc();

    List<KnowledgeArticle> findByBusinessUnitIdAndPublicArticleTrueOrderByTitleAsc(long businessUnitId);
}
