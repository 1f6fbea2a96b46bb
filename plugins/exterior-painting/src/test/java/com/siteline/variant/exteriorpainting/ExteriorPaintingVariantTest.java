package com.siteline.variant.exteriorpainting;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.sdk.StageDefinition;
import com.siteline.sdk.VariantContentAssertions;
import org.junit.jupiter.api.Test;

class ExteriorPaintingVariantTest {

    private final ExteriorPaintingVariant variant = new ExteriorPaintingVariant();

    @Test
    void namesItselfWithThePluginId() {
        assertThat(variant.id()).isEqualTo("exterior-painting");
        assertThat(variant.name().zhCn()).isEqualTo("外墙涂料施工");
        assertThat(variant.name().en()).isEqualTo("Exterior-wall painting");
    }

    @Test
    void stagesAreOrderedWithUniqueIds() {
        assertThat(variant.stages())
                .extracting(StageDefinition::id)
                .doesNotHaveDuplicates()
                .startsWith("requirement-confirmation")
                .endsWith("after-sales");
    }

    @Test
    void declarationsAreConsistentAndComplete() {
        VariantContentAssertions.assertCompleteVariant(variant, 11);
    }
}
