package com.siteline.sdk;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every variant plugin's own tests check of its content, kept in one place (shipped in the
 * plugin-api test-jar): consistent declarations, nothing empty, and the counts printed for the record.
 */
public final class VariantContentAssertions {

    private VariantContentAssertions() {}

    public static void assertCompleteVariant(BusinessVariant variant, int expectedStages) {
        assertThat(VariantChecks.problems(variant)).isEmpty();
        assertThat(variant.stages()).hasSize(expectedStages);
        assertThat(variant.forms()).allSatisfy(form -> assertThat(form.fields()).isNotEmpty());
        assertThat(variant.checklists())
                .allSatisfy(list -> assertThat(list.items()).hasSizeGreaterThanOrEqualTo(4));
        assertThat(variant.issueCategories()).isNotEmpty();
        assertThat(variant.responseTimeDefaults()).isNotEmpty();
        assertThat(variant.followUpSchedules()).isNotEmpty();
        assertThat(variant.surveys()).isNotEmpty();
        System.out.printf(
                "%s: %d stages, %d forms, %d fields, %d checklists, %d checklist items, %d categories%n",
                variant.id(),
                variant.stages().size(),
                variant.forms().size(),
                variant.forms().stream().mapToInt(form -> form.fields().size()).sum(),
                variant.checklists().size(),
                variant.checklists().stream()
                        .mapToInt(list -> list.items().size())
                        .sum(),
                variant.issueCategories().size());
    }
}
