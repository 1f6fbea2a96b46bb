package com.siteline.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siteline.base.SitelineI18NProvider;
import com.siteline.project.FormValidationException;
import com.siteline.sdk.FieldSpec;
import com.siteline.sdk.SurveyTemplate;
import com.siteline.survey.internal.SurveyCodec;
import java.time.Duration;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What an answer keeps and refuses, what counts as the rating, the settings' limits and the link tokens. */
class SurveyRulesTest {

    private final SurveyTemplate core = new SurveyTemplates(null, new SitelineI18NProvider(), null).caseClosed();

    private static List<String> problems(Runnable answer) {
        try {
            answer.run();
        } catch (FormValidationException e) {
            return e.errors().stream()
                    .map(error -> error.fieldId() + ":" + error.messageKey())
                    .toList();
        }
        return List.of();
    }

    @Test
    void theRatingIsRequiredAndMustBeOnTheScale() {
        assertThat(problems(() -> SurveyAnswers.check(core, Map.of("comment", "好"), 2)))
                .containsExactly("rating:form.error.required");
        assertThat(problems(() -> SurveyAnswers.check(core, Map.of("rating", "6"), 2)))
                .containsExactly("rating:form.error.choice");
        assertThat(problems(() -> SurveyAnswers.check(core, Map.of("rating", " "), 2)))
                .containsExactly("rating:form.error.required");
    }

    @Test
    void reasonsAreKeptOnlyWithAPoorRatingAndCommentsAreTrimmedAndLimited() {
        assertThat(SurveyAnswers.check(core, Map.of("rating", "4", "reasons", List.of("slow"), "comment", "  很好 "), 2))
                .containsExactly(Map.entry("rating", "4"), Map.entry("comment", "很好"));
        assertThat(SurveyAnswers.check(core, Map.of("rating", "2", "reasons", List.of("slow", "slow", "chased")), 2))
                .containsEntry("reasons", List.of("slow", "chased"));
        // the threshold decides: with 1, a 2 is not poor
        assertThat(SurveyAnswers.check(core, Map.of("rating", "2", "reasons", List.of("slow")), 1))
                .doesNotContainKey("reasons");
        assertThat(problems(() -> SurveyAnswers.check(core, Map.of("rating", "1", "reasons", List.of("weather")), 2)))
                .containsExactly("reasons:form.error.choice");
        assertThat(problems(() -> SurveyAnswers.check(core, Map.of("rating", "5", "comment", "长".repeat(1001)), 2)))
                .containsExactly("comment:form.error.max-length");
        assertThat(SurveyAnswers.check(core, Map.of("rating", "3", "comment", "", "extra", "x"), 2))
                .containsOnlyKeys("rating");
    }

    @Test
    void theRatingIsTheFirstFivePointScale() {
        assertThat(SurveyTemplates.ratingOf(core, Map.of("rating", "3"))).isEqualTo(3);
        assertThat(SurveyTemplates.ratingOf(core, Map.of())).isNull();
        assertThat(SurveyTemplates.isScale(FieldSpec.satisfaction("s", "满意度", "Satisfaction")))
                .isTrue();
        assertThat(SurveyTemplates.isScale(FieldSpec.yesNo("y", "是否", "Yes or no")))
                .isFalse();
        assertThat(SurveyAnswers.reasons(
                        core,
                        Map.of("rating", "1", "reasons", List.of("slow", "chased"), "comment", "三次才回"),
                        Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("响应太慢、需要反复催促；“三次才回”");
        assertThat(SurveyAnswers.reasons(core, Map.of("rating", "1", "reasons", List.of("unsolved")), Locale.ENGLISH))
                .isEqualTo("The problem is not solved");
    }

    @Test
    void theCoreSurveyReadsInBothLanguages() {
        assertThat(core.title().zhCn()).isEqualTo("服务满意度回访");
        assertThat(core.title().en()).isEqualTo("How did we do?");
        assertThat(core.questions()).extracting(FieldSpec::id).containsExactly("rating", "reasons", "comment");
        assertThat(core.questions().get(1).choices()).allSatisfy(c -> {
            assertThat(c.label().zhCn()).doesNotStartWith("!");
            assertThat(c.label().en()).doesNotStartWith("!");
        });
    }

    @Test
    void settingsRefuseWhatCannotWork() {
        assertThatThrownBy(() -> new SurveySettings(
                        Duration.ofHours(24),
                        Duration.ofDays(3),
                        Duration.ofDays(14),
                        Period.ofDays(30),
                        0,
                        "http://x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SurveySettings(
                        Duration.ofHours(24),
                        Duration.ofDays(14),
                        Duration.ofDays(14),
                        Period.ofDays(30),
                        2,
                        "http://x"))
                .isInstanceOf(IllegalArgumentException.class);
        SurveySettings settings = new SurveySettings(
                Duration.ofHours(24),
                Duration.ofDays(3),
                Duration.ofDays(14),
                Period.ofDays(30),
                2,
                "https://siteline.example.com/");
        assertThat(settings.link("abc")).isEqualTo("https://siteline.example.com/survey/abc");
        assertThat(settings.poor(2)).isTrue();
        assertThat(settings.poor(3)).isFalse();
    }

    @Test
    void tokensAreRandomUrlSafeAndOnlyTheirHashIsKept() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = SurveyCodec.newToken();
            assertThat(token).matches("[A-Za-z0-9_-]{32}");
            tokens.add(token);
        }
        assertThat(tokens).hasSize(1000);
        String token = tokens.iterator().next();
        assertThat(SurveyCodec.hash(token))
                .hasSize(64)
                .isEqualTo(SurveyCodec.hash(token))
                .doesNotContain(token);
    }
}
