package com.siteline.knowledge;

import com.siteline.base.Actors;
import com.siteline.base.InputProblems;
import com.siteline.base.RowVersion;
import com.siteline.knowledge.internal.KnowledgeArticle;
import com.siteline.knowledge.internal.KnowledgeArticleRepository;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Knowledge articles (知识库) of the user's units: how-tos, causes and remedies of common defects (墙面开裂, 渗水,
 * 色差…), linked to issue categories and from standard replies; a public one is read by the unit's customers in the
 * portal before they raise an issue. Kept by managers and administrators.
 */
@Service
@Transactional(readOnly = true)
public class KnowledgeArticles {

    public static final int TITLE_MAX = 120;
    public static final int BODY_MAX = 4000;

    private final KnowledgeArticleRepository articles;
    private final StandardReplies replies;
    private final OrganizationService organization;
    private final Clock clock;

    KnowledgeArticles(
            KnowledgeArticleRepository articles,
            StandardReplies replies,
            OrganizationService organization,
            Clock clock) {
        this.articles = articles;
        this.replies = replies;
        this.organization = organization;
        this.clock = clock;
    }

    /** Every article of the user's units, by unit and title. */
    public List<ArticleView> list() {
        Map<Long, String> units = organization.unitNamesOf(Actors.current());
        return articles.findAllByOrderByBusinessUnitIdAscTitleAsc().stream()
                .filter(a -> units.containsKey(a.getBusinessUnitId()))
                .map(a -> view(a, units))
                .toList();
    }

    /** One article of the user's units. */
    public Optional<ArticleView> get(long id) {
        Map<Long, String> units = organization.unitNamesOf(Actors.current());
        return articles.findById(id)
                .filter(a -> units.containsKey(a.getBusinessUnitId()))
                .map(a -> view(a, units));
    }

    /** The articles of a unit about an issue category. */
    public List<ArticleView> ofCategory(long businessUnitId, String categoryId) {
        return list().stream()
                .filter(a ->
                        a.businessUnitId() == businessUnitId && a.categories().contains(categoryId))
                .toList();
    }

    /**
     * Writes a new article (id null) or changes one.
     *
     * @throws com.siteline.base.InvalidInputException naming each field to fix; nothing is stored
     */
    @Transactional
    @PreAuthorize(Role.Can.REPORT)
    public ArticleView save(Long id, long expectedVersion, ArticleDraft draft) {
        String user = Actors.current();
        Map<Long, String> units = organization.unitNamesOf(user);
        InputProblems problems = new InputProblems();
        Long unit = draft.businessUnitId();
        if (unit == null || !units.containsKey(unit)) {
            problems.add(ArticleDraft.Field.BUSINESS_UNIT_ID, "knowledge.error.unit");
        } else if (!replies.categoriesOf(unit).containsAll(draft.categories())) {
            problems.add(ArticleDraft.Field.CATEGORIES, "knowledge.error.category");
        }
        if (draft.title() == null || draft.title().isBlank()) {
            problems.add(ArticleDraft.Field.TITLE, "knowledge.error.title");
        }
        problems.maxLength(ArticleDraft.Field.TITLE, draft.title(), TITLE_MAX, "knowledge.error.title-length");
        if (draft.body() == null || draft.body().isBlank()) {
            problems.add(ArticleDraft.Field.BODY, "knowledge.error.body");
        }
        problems.maxLength(ArticleDraft.Field.BODY, draft.body(), BODY_MAX, "knowledge.error.article-length");
        problems.refuseIfAny();
        KnowledgeArticle article;
        if (id == null) {
            article = new KnowledgeArticle(unit);
        } else {
            article = articles.findById(id).orElseThrow(() -> new NoSuchElementException("no article " + id));
            RowVersion.check(KnowledgeArticle.class, id, article.getVersion(), expectedVersion);
        }
        article.set(
                draft.title().strip(),
                draft.body().strip(),
                draft.categories(),
                draft.publicArticle(),
                user,
                clock.instant());
        return view(articles.saveAndFlush(article), units);
    }

    static ArticleView view(KnowledgeArticle a, Map<Long, String> units) {
        return new ArticleView(
                a.getId(),
                a.getVersion(),
                a.getBusinessUnitId(),
                units.get(a.getBusinessUnitId()),
                a.getTitle(),
                a.getBody(),
                a.getCategories(),
                a.isPublicArticle(),
                a.getChangedAt());
    }
}
