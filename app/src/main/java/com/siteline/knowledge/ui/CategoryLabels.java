package com.siteline.knowledge.ui;

import com.siteline.plugin.VariantCatalog;
import com.siteline.sla.CoreIssueCategories;
import com.vaadin.flow.component.Component;

/** An issue category's words in the reader's language: the core's from the bundle, a plugin's as it declared it. */
final class CategoryLabels {

    private CategoryLabels() {}

    static String of(Component context, VariantCatalog catalog, String id) {
        if (id == null) {
            return "";
        }
        if (CoreIssueCategories.IDS.contains(id)) {
            return context.getTranslation("issue.category." + id);
        }
        return catalog.variantIds().stream()
                .flatMap(v -> catalog.snapshot(v).stream())
                .flatMap(v -> v.issueCategories().stream())
                .filter(c -> c.id().equals(id))
                .findFirst()
                .map(c -> c.name()
                        .get(
                                com.vaadin.flow.component.UI.getCurrent() == null
                                        ? java.util.Locale.SIMPLIFIED_CHINESE
                                        : com.vaadin
                                                .flow
                                                .component
                                                .UI
                                                .getCurrent()
                                                .getLocale()))
                .orElse(id);
    }
}
