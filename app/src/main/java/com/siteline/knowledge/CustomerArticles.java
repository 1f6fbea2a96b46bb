package com.siteline.knowledge;

import com.siteline.base.CustomerActor;
import com.siteline.knowledge.internal.KnowledgeArticleRepository;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public articles of a customer's unit, for the portal ("before you raise it"): only articles marked public, only
 * of the customer's own unit. Only that customer may call it ({@link CustomerActor#SELF}).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(CustomerActor.SELF)
public class CustomerArticles {

    private final KnowledgeArticleRepository articles;

    CustomerArticles(KnowledgeArticleRepository articles) {
        this.articles = articles;
    }

    public List<ArticleView> of(long customerId) {
        long unit = CustomerActor.current().orElseThrow().businessUnitId();
        return articles.findByBusinessUnitIdAndPublicArticleTrueOrderByTitleAsc(unit).stream()
                .map(a -> KnowledgeArticles.view(a, Map.of()))
                .toList();
    }
}
