package com.siteline.knowledge.ui;

import com.siteline.base.ui.FormDialog;
import com.siteline.knowledge.ArticleView;
import com.siteline.knowledge.ReplyContext;
import com.siteline.knowledge.ReplyDraft;
import com.siteline.knowledge.ReplyView;
import com.siteline.knowledge.StandardReplies;
import com.siteline.plugin.VariantCatalog;
import com.siteline.sdk.IssueType;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A standard reply written or changed: its unit and variant, title, texts with placeholders, type, category, article. */
class ReplyDialog extends FormDialog<ReplyDraft, ReplyView> {

    final ComboBox<Long> businessUnitId = bind(ReplyDraft.Field.BUSINESS_UNIT_ID, new ComboBox<>());
    final ComboBox<String> variantId = bind(ReplyDraft.Field.VARIANT_ID, new ComboBox<>());
    final TextField title = bind(ReplyDraft.Field.TITLE, new TextField());
    final TextArea bodyZh = bind(ReplyDraft.Field.BODY_ZH, new TextArea());
    final TextArea bodyEn = bind(ReplyDraft.Field.BODY_EN, new TextArea());
    final ComboBox<IssueType> issueType = bind(ReplyDraft.Field.ISSUE_TYPE, new ComboBox<>());
    final ComboBox<String> categoryId = bind(ReplyDraft.Field.CATEGORY_ID, new ComboBox<>());
    final ComboBox<Long> articleId = bind(ReplyDraft.Field.ARTICLE_ID, new ComboBox<>());

    /**
     * @param units the user's units, id to name, with the plugin ids each runs
     * @param existing the reply changed, or null for a new one
     */
    ReplyDialog(
            StandardReplies replies,
            VariantCatalog catalog,
            Map<Long, String> units,
            Map<Long, List<String>> variants,
            List<ArticleView> articles,
            ReplyView existing) {
        super(
                ReplyDraft.class,
                "reply-dialog",
                "action.save",
                draft -> replies.save(
                        existing == null ? null : existing.id(), existing == null ? -1 : existing.version(), draft));
        setHeaderTitle(getTranslation(existing == null ? "knowledge.reply.new" : "knowledge.reply.edit"));
        setWidth("44rem");
        businessUnitId.setLabel(getTranslation("knowledge.unit"));
        businessUnitId.setItems(List.copyOf(units.keySet()));
        businessUnitId.setItemLabelGenerator(id -> units.getOrDefault(id, String.valueOf(id)));
        businessUnitId.setId("reply-unit");
        variantId.setLabel(getTranslation("knowledge.variant"));
        variantId.setClearButtonVisible(true);
        variantId.setItemLabelGenerator(
                v -> catalog.snapshot(v).map(s -> s.name().get(getLocale())).orElse(v));
        variantId.setId("reply-variant");
        categoryId.setLabel(getTranslation("knowledge.category"));
        categoryId.setClearButtonVisible(true);
        categoryId.setItemLabelGenerator(c -> CategoryLabels.of(this, catalog, c));
        categoryId.setId("reply-category");
        articleId.setLabel(getTranslation("knowledge.article"));
        articleId.setClearButtonVisible(true);
        articleId.setId("reply-article");
        Map<Long, String> articleTitles =
                articles.stream().collect(Collectors.toMap(ArticleView::id, ArticleView::title));
        articleId.setItemLabelGenerator(id -> articleTitles.getOrDefault(id, String.valueOf(id)));
        businessUnitId.addValueChangeListener(e -> {
            Long unit = e.getValue();
            variantId.setItems(unit == null ? List.of() : variants.getOrDefault(unit, List.of()));
            categoryId.setItems(unit == null ? List.of() : replies.categoriesOf(unit));
            articleId.setItems(articles.stream()
                    .filter(a -> unit != null && a.businessUnitId() == unit)
                    .map(ArticleView::id)
                    .toList());
        });
        title.setLabel(getTranslation("knowledge.title"));
        title.setMaxLength(StandardReplies.TITLE_MAX + 1);
        title.setId("reply-title");
        String tokens = Arrays.stream(ReplyContext.Placeholder.values())
                .map(p -> p.token() + " " + getTranslation(p.messageKey()))
                .collect(Collectors.joining("、"));
        bodyZh.setLabel(getTranslation("knowledge.body-zh"));
        bodyZh.setHelperText(getTranslation("knowledge.placeholders", tokens));
        bodyZh.setId("reply-body-zh");
        bodyEn.setLabel(getTranslation("knowledge.body-en"));
        bodyEn.setId("reply-body-en");
        issueType.setLabel(getTranslation("knowledge.issue-type"));
        issueType.setItems(IssueType.values());
        issueType.setItemLabelGenerator(t -> getTranslation("issue.type." + t.name()));
        issueType.setClearButtonVisible(true);
        issueType.setId("reply-issue-type");
        form.add(businessUnitId, variantId, title, bodyZh, bodyEn, issueType, categoryId, articleId);
        if (existing != null) {
            businessUnitId.setValue(existing.businessUnitId());
            variantId.setValue(existing.variantId());
            title.setValue(existing.title());
            bodyZh.setValue(existing.bodyZh());
            bodyEn.setValue(existing.bodyEn() == null ? "" : existing.bodyEn());
            issueType.setValue(existing.issueType());
            categoryId.setValue(existing.categoryId());
            articleId.setValue(existing.articleId());
        } else if (!units.isEmpty()) {
            businessUnitId.setValue(units.keySet().iterator().next());
        }
    }
}
