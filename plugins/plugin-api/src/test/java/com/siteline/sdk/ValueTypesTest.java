package com.siteline.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ValueTypesTest {

    @Test
    void localizedTextFallsBackToChineseForAnyNonEnglishLocale() {
        LocalizedText text = LocalizedText.of("竣工验收", "Completion acceptance");
        assertThat(text.get(Locale.ENGLISH)).isEqualTo("Completion acceptance");
        assertThat(text.get(Locale.UK)).isEqualTo("Completion acceptance");
        assertThat(text.get(Locale.SIMPLIFIED_CHINESE)).isEqualTo("竣工验收");
        assertThat(text.get(Locale.GERMAN)).isEqualTo("竣工验收");
        assertThat(text.get(null)).isEqualTo("竣工验收");
    }

    @Test
    void localizedTextNeedsBothLanguages() {
        assertThatThrownBy(() -> LocalizedText.of("竣工验收", " ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void stageIdsMustBeKebabCase() {
        assertThat(StageDefinition.of("completion-acceptance", "竣工验收", "Completion acceptance")
                        .id())
                .isEqualTo("completion-acceptance");
        assertThatThrownBy(() -> StageDefinition.of("Completion Acceptance", "竣工验收", "Completion"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("kebab-case");
    }

    @Test
    void apiVersionComesFromTheBuild() {
        assertThat(PluginApi.VERSION).matches("\\d+\\.\\d+\\.\\d+");
    }

    @Test
    void onlyAYesNoFieldOrAConfirmationCanRequireYesAndTheRuleSurvivesRefinement() {
        FieldSpec explained = FieldSpec.yesNo("explained", "已解释", "Explained")
                .mustBeYes("须解释", "Explain it first")
                .help("说明", "Help");
        assertThat(explained.mustBeYes()).isEqualTo(LocalizedText.of("须解释", "Explain it first"));
        assertThat(explained.required()).isTrue();
        assertThat(FieldSpec.yesNo("pets", "宠物", "Pets").asRequired().mustBeYes())
                .isNull();
        assertThatThrownBy(() -> FieldSpec.shortText("name", "名称", "Name").mustBeYes("须", "Must"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
