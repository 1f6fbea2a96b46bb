package com.siteline.variant.homedecoration;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.sdk.ChecklistTemplate;
import com.siteline.sdk.FormSpec;
import com.siteline.sdk.StageDefinition;
import com.siteline.sdk.VariantChecks;
import org.junit.jupiter.api.Test;

class HomeDecorationVariantTest {

    private final HomeDecorationVariant variant = new HomeDecorationVariant();

    @Test
    void namesItselfWithThePluginId() {
        assertThat(variant.id()).isEqualTo("home-decoration");
        assertThat(variant.name().zhCn()).isEqualTo("家装");
        assertThat(variant.name().en()).isEqualTo("Home decoration");
    }

    @Test
    void stagesAreOrderedWithUniqueIds() {
        assertThat(variant.stages()).extracting(StageDefinition::id)
                .doesNotHaveDuplicates()
                .startsWith("consultation")
                .endsWith("return-visits");
    }

    @Test
    void declarationsAreConsistentAndComplete() {
        assertThat(VariantChecks.problems(variant)).isEmpty();
        assertThat(variant.stages()).hasSize(14);
        assertThat(variant.forms()).allSatisfy(form -> assertThat(form.fields()).isNotEmpty());
        assertThat(variant.checklists()).allSatisfy(list -> assertThat(list.items()).hasSizeGreaterThanOrEqualTo(4));
        assertThat(variant.issueCategories()).isNotEmpty();
        assertThat(variant.responseTimeDefaults()).isNotEmpty();
        assertThat(variant.followUpSchedules()).isNotEmpty();
        assertThat(variant.surveys()).isNotEmpty();
        System.out.printf("%s: %d stages, %d forms, %d fields, %d checklists, %d checklist items, %d categories%n",
                variant.id(), variant.stages().size(), variant.forms().size(),
                variant.forms().stream().mapToInt(form -> form.fields().size()).sum(), variant.checklists().size(),
                variant.checklists().stream().mapToInt(list -> list.items().size()).sum(), variant.issueCategories().size());
    }
}
