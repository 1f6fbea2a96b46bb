package com.siteline.knowledge.ui;

import com.siteline.base.ui.Badge;
import com.siteline.base.ui.Formats;
import com.siteline.base.ui.Problems;
import com.siteline.base.ui.ViewFrame;
import com.siteline.knowledge.ArticleView;
import com.siteline.knowledge.KnowledgeArticles;
import com.siteline.knowledge.ReplyView;
import com.siteline.knowledge.StandardReplies;
import com.siteline.organization.BusinessUnitSummary;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.plugin.VariantCatalog;
import com.siteline.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Standard replies (标准话术) and knowledge articles (知识库) of the manager's units ({@code knowledge}): each reply with
 * its uses (unused ones flagged for review), each article public or internal; new ones and changes in a dialog that
 * keeps what was typed after a refusal.
 */
@Route("knowledge")
@RolesAllowed({Role.Names.MANAGER, Role.Names.ADMIN})
@Menu(title = "nav.knowledge", order = 14.9, icon = "vaadin:book")
public class KnowledgeView extends ViewFrame {

    private final transient StandardReplies replies;
    private final transient KnowledgeArticles articles;
    private final transient VariantCatalog catalog;
    private final Map<Long, String> units = new LinkedHashMap<>();
    private final Map<Long, List<String>> variants = new LinkedHashMap<>();
    private final Grid<ReplyView> replyGrid = new Grid<>();
    private final Grid<ArticleView> articleGrid = new Grid<>();

    public KnowledgeView(
            StandardReplies replies,
            KnowledgeArticles articles,
            VariantCatalog catalog,
            OrganizationService organization,
            CurrentUser user) {
        super("knowledge.title-page");
        this.replies = replies;
        this.articles = articles;
        this.catalog = catalog;
        setId("knowledge");
        for (BusinessUnitSummary unit :
                organization.businessUnitsOf(user.username().orElseThrow())) {
            units.put(unit.id(), unit.name());
            variants.put(unit.id(), List.copyOf(unit.pluginIds()));
        }
        add(new Paragraph(getTranslation("knowledge.intro")));

        Button newReply = new Button(getTranslation("knowledge.reply.new"), e -> openReply(null));
        newReply.setId("knowledge-new-reply");
        newReply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        replyGrid.setId("knowledge-replies");
        replyGrid.setAllRowsVisible(true);
        replyGrid
                .addColumn(ReplyView::title)
                .setHeader(getTranslation("knowledge.title"))
                .setFlexGrow(2);
        replyGrid
                .addColumn(ReplyView::unitName)
                .setHeader(getTranslation("knowledge.unit"))
                .setAutoWidth(true);
        replyGrid
                .addColumn(r -> CategoryLabels.of(this, catalog, r.categoryId()))
                .setHeader(getTranslation("knowledge.category"))
                .setAutoWidth(true);
        replyGrid
                .addColumn(ReplyView::useCount)
                .setHeader(getTranslation("knowledge.uses"))
                .setAutoWidth(true);
        replyGrid
                .addColumn(r -> r.lastUsedAt() == null ? "" : Formats.minute(r.lastUsedAt()))
                .setHeader(getTranslation("knowledge.last-used"))
                .setAutoWidth(true);
        replyGrid
                .addComponentColumn(r -> r.review()
                        ? new Badge(getTranslation("knowledge.review"), Badge.Tone.WARNING)
                        : new com.vaadin.flow.component.html.Span())
                .setHeader(getTranslation("knowledge.review.header"))
                .setAutoWidth(true);
        replyGrid.addItemClickListener(e -> openReply(e.getItem()));
        add(new H2(getTranslation("knowledge.replies")), newReply, replyGrid);

        Button newArticle = new Button(getTranslation("knowledge.article.new"), e -> openArticle(null));
        newArticle.setId("knowledge-new-article");
        articleGrid.setId("knowledge-articles");
        articleGrid.setAllRowsVisible(true);
        articleGrid
                .addColumn(ArticleView::title)
                .setHeader(getTranslation("knowledge.title"))
                .setFlexGrow(2);
        articleGrid
                .addColumn(ArticleView::unitName)
                .setHeader(getTranslation("knowledge.unit"))
                .setAutoWidth(true);
        articleGrid
                .addColumn(a -> String.join(
                        "、",
                        a.categories().stream()
                                .map(c -> CategoryLabels.of(this, catalog, c))
                                .toList()))
                .setHeader(getTranslation("knowledge.categories"))
                .setAutoWidth(true);
        articleGrid
                .addColumn(a -> getTranslation(a.publicArticle() ? "knowledge.public.yes" : "knowledge.public.no"))
                .setHeader(getTranslation("knowledge.public"))
                .setAutoWidth(true);
        articleGrid.addItemClickListener(e -> openArticle(e.getItem()));
        add(new H2(getTranslation("knowledge.articles")), newArticle, articleGrid);
        refresh();
    }

    private void refresh() {
        replyGrid.setItems(replies.list());
        articleGrid.setItems(articles.list());
    }

    private void openReply(ReplyView existing) {
        ReplyDialog dialog = new ReplyDialog(replies, catalog, units, variants, articles.list(), existing);
        dialog.addSavedListener(saved -> {
            Problems.success(getTranslation("knowledge.saved"));
            refresh();
        });
        dialog.open();
    }

    private void openArticle(ArticleView existing) {
        ArticleDialog dialog = new ArticleDialog(articles, replies, catalog, units, existing);
        dialog.addSavedListener(saved -> {
            Problems.success(getTranslation("knowledge.saved"));
            refresh();
        });
        dialog.open();
    }
}
