package com.siteline.knowledge.ui;

import com.siteline.base.ui.FormDialog;
import com.siteline.knowledge.ArticleDraft;
import com.siteline.knowledge.ArticleView;
import com.siteline.knowledge.KnowledgeArticles;
import com.siteline.knowledge.StandardReplies;
import com.siteline.plugin.VariantCatalog;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;

/** A knowledge article written or changed: its unit, title, text, categories and whether customers read it. */
class ArticleDialog extends FormDialog<ArticleDraft, ArticleView> {

    final ComboBox<Long> businessUnitId = bind(ArticleDraft.Field.BUSINESS_UNIT_ID, new ComboBox<>());
    final TextField title = bind(ArticleDraft.Field.TITLE, new TextField());
    final TextArea body = bind(ArticleDraft.Field.BODY, new TextArea());
    final MultiSelectComboBox<String> categories = bind(ArticleDraft.Field.CATEGORIES, new MultiSelectComboBox<>());
    final Checkbox publicArticle = bind(ArticleDraft.Field.PUBLIC_ARTICLE, new Checkbox());

    ArticleDialog(
            KnowledgeArticles articles,
            StandardReplies replies,
            VariantCatalog catalog,
            Map<Long, String> units,
            ArticleView existing) {
        super(
                ArticleDraft.class,
                "article-dialog",
                "action.save",
                draft -> articles.save(
                        existing == null ? null : existing.id(), existing == null ? -1 : existing.version(), draft));
        setHeaderTitle(getTranslation(existing == null ? "knowledge.article.new" : "knowledge.article.edit"));
        setWidth("44rem");
        businessUnitId.setLabel(getTranslation("knowledge.unit"));
        businessUnitId.setItems(List.copyOf(units.keySet()));
        businessUnitId.setItemLabelGenerator(id -> units.getOrDefault(id, String.valueOf(id)));
        businessUnitId.setId("article-unit");
        businessUnitId.addValueChangeListener(
                e -> categories.setItems(e.getValue() == null ? List.of() : replies.categoriesOf(e.getValue())));
        title.setLabel(getTranslation("knowledge.title"));
        title.setMaxLength(KnowledgeArticles.TITLE_MAX + 1);
        title.setId("article-title");
        body.setLabel(getTranslation("knowledge.article.body"));
        body.setId("article-body");
        categories.setLabel(getTranslation("knowledge.categories"));
        categories.setItemLabelGenerator(c -> CategoryLabels.of(this, catalog, c));
        categories.setId("article-categories");
        publicArticle.setLabel(getTranslation("knowledge.public"));
        publicArticle.setId("article-public");
        form.add(businessUnitId, title, body, categories, publicArticle);
        if (existing != null) {
            businessUnitId.setValue(existing.businessUnitId());
            title.setValue(existing.title());
            body.setValue(existing.body());
            categories.setValue(java.util.Set.copyOf(existing.categories()));
            publicArticle.setValue(existing.publicArticle());
        } else if (!units.isEmpty()) {
            businessUnitId.setValue(units.keySet().iterator().next());
        }
    }
}
