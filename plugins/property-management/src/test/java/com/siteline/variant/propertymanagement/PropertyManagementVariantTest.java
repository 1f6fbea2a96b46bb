package com.siteline.variant.propertymanagement;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.sdk.StageDefinition;
import com.siteline.sdk.VariantContentAssertions;
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
        assertThat(variant.stages())
                .extracting(StageDefinition::id)
                .doesNotHaveDuplicates()
                .startsWith("service-intake")
                .endsWith("archive");
    }

    @Test
    void declarationsAreConsistentAndComplete() {
        VariantContentAssertions.assertCompleteVariant(variant, 6);
    }
}
