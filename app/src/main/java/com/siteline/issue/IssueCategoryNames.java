package com.siteline.issue;

import com.siteline.plugin.VariantCatalog;
import com.siteline.sdk.IssueCategory;
import com.siteline.sla.CoreIssueCategories;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** An issue category's name: the core's words from the bundle, else the plugin's as it declared it, else its id. */
public final class IssueCategoryNames {

    private IssueCategoryNames() {}

    /** @param translate a bundle key to its text in {@code locale} */
    public static String name(VariantCatalog catalog, String id, Locale locale, Function<String, String> translate) {
        if (CoreIssueCategories.IDS.contains(id)) {
            return translate.apply("issue.category." + id);
        }
        for (String variant : catalog.variantIds()) {
            Optional<IssueCategory> found = catalog.snapshot(variant)
                    .flatMap(v -> v.issueCategories().stream()
                            .filter(c -> c.id().equals(id))
                            .findFirst());
            if (found.isPresent()) {
                return found.get().name().get(locale);
            }
        }
        return id;
    }
}
