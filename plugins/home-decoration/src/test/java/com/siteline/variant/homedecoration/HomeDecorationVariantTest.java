package com.siteline.variant.homedecoration;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.sdk.StageDefinition;
import com.siteline.sdk.VariantContentAssertions;
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
        assertThat(variant.stages())
                .extracting(StageDefinition::id)
                .doesNotHaveDuplicates()
                .startsWith("consultation")
                .endsWith("return-visits");
    }

    @Test
    void declarationsAreConsistentAndComplete() {
        VariantContentAssertions.assertCompleteVariant(variant, 14);
    }
}
