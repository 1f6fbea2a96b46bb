package com.siteline.variant.propertymanagement;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.sdk.ChecklistTemplate;
import com.siteline.sdk.FormSpec;
import com.siteline.sdk.StageDefinition;
import com.siteline.sdk.VariantChecks;
import org.junit.jupiter.api.Test;

class PropertyManagementVariantTest {

    private final PropertyManagementVariant variant = new PropertyManagementVariant();

    @Test
    void namesItselfWithThePluginId() {
        assertThat(variant.id()).isEqualTo("property-management");
        assertThat(variant.name().zhCn()).isEqualTo("物业管理");
        assertThat(variant.name().en()).isEqualTo("Property management");
    }

    @Test
    void stagesAreOrderedWithUniqueIds() {
        assertThat(variant.stages()).extracting(StageDefinition::id)
                .doesNotHaveDuplicates()
                .startsWith("service-intake")
                .endsWith("archive");
    }

    @Test
    void declarationsAreConsistentAndComplete() {
        assertThat(VariantChecks.problems(variant)).isEmpty();
        assertThat(variant.stages()).hasSize(6);
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
