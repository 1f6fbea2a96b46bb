package com.siteline.survey;

import com.siteline.base.SitelineI18NProvider;
import com.siteline.plugin.VariantCatalog;
import com.siteline.sdk.Choice;
import com.siteline.sdk.FieldSpec;
import com.siteline.sdk.FieldType;
import com.siteline.sdk.LocalizedText;
import com.siteline.sdk.SurveyTemplate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The survey templates: the core's case survey (asked after an issue is closed, the same for every variant)
 * and the plugins' own. A template is found by id and version, so an answer is always read against the
 * questions it was given.
 */
@Component
public class SurveyTemplates {

    public static final String CASE_CLOSED = "case-closed";
    public static final String RATING = "rating";
    public static final String REASONS = "reasons";
    public static final String COMMENT = "comment";
    static final List<String> REASON_IDS = List.of("slow", "unsolved", "attitude", "chased", "other");

    private final VariantCatalog catalog;
    private final SurveyTemplate caseClosed;
    private final CustomSurveyTemplates custom;

    SurveyTemplates(VariantCatalog catalog, SitelineI18NProvider i18n, CustomSurveyTemplates custom) {
        this.catalog = catalog;
        this.custom = custom;
        this.caseClosed = new SurveyTemplate(
                CASE_CLOSED,
                1,
                text(i18n, "survey.core.title"),
                List.of(
                        rating(text(i18n, "survey.core.rating")),
                        new FieldSpec(
                                REASONS,
                                FieldType.MULTIPLE_CHOICE,
                                text(i18n, "survey.core.reasons"),
                                false,
                                null,
                                null,
                                null,
                                text(i18n, "survey.core.reasons.help"),
                                null,
                                REASON_IDS.stream()
                                        .map(id -> new Choice(id, text(i18n, "survey.core.reason." + id)))
                                        .toList()),
                        new FieldSpec(
                                COMMENT,
                                FieldType.LONG_TEXT,
                                text(i18n, "survey.core.comment"),
                                false,
                                null,
                                java.math.BigDecimal.valueOf(1000),
                                null,
                                null,
                                null,
                                null)),
                1.0,
                0.0,
                text(i18n, "survey.core.group"));
    }

    private static FieldSpec rating(LocalizedText label) {
        FieldSpec scale =
                FieldSpec.satisfaction(RATING, label.zhCn(), label.en()).asRequired();
        return scale;
    }

    private static LocalizedText text(SitelineI18NProvider i18n, String key) {
        return new LocalizedText(
                i18n.getTranslation(key, Locale.SIMPLIFIED_CHINESE), i18n.getTranslation(key, Locale.ENGLISH));
    }

    /** The id by which a variant declares the survey asked after a project's completion. */
    public static final String COMPLETION = "completion-survey";

    /** The variant's completion survey (its latest version), when its started plugin declares one. */
    public Optional<SurveyTemplate> completion(String variantId) {
        return catalog.startedVariant(variantId == null ? "" : variantId).stream()
                .flatMap(v -> v.surveys().stream())
                .filter(t -> t.id().equals(COMPLETION))
                .max(java.util.Comparator.comparingInt(SurveyTemplate::version));
    }

    /** The survey asked after a case is closed. */
    public SurveyTemplate caseClosed() {
        return caseClosed;
    }

    /** A template by id and version: the core's, an administrator's, or one of a started plugin's. */
    public Optional<SurveyTemplate> find(String variantId, String id, int version) {
        if (CASE_CLOSED.equals(id) && version == caseClosed.version()) {
            return Optional.of(caseClosed);
        }
        if (id != null && id.startsWith(CustomSurveyTemplates.PREFIX)) {
            return custom.find(id, version);
        }
        return catalog.startedVariant(variantId == null ? "" : variantId).stream()
                .flatMap(v -> v.surveys().stream())
                .filter(t -> t.id().equals(id) && t.version() == version)
                .findFirst();
    }

    /**
     * The rating an answer gives: the first five-point scale question's value (1-5), or null when the
     * template has none or it was not answered.
     */
    public static Integer ratingOf(SurveyTemplate template, java.util.Map<String, Object> answers) {
        for (FieldSpec question : template.questions()) {
            if (isScale(question) && answers.get(question.id()) instanceof String value) {
                return Integer.valueOf(value);
            }
        }
        return null;
    }

    /** A five-point satisfaction scale: a single choice over exactly "1" … "5". */
    public static boolean isScale(FieldSpec question) {
        return question.type() == FieldType.SINGLE_CHOICE
                && question.choices().size() == 5
                && question.choices().stream()
                        .map(Choice::id)
                        .sorted()
                        .toList()
                        .equals(List.of("1", "2", "3", "4", "5"));
    }

    /** Questions asked only after a low rating (the core survey's reasons). */
    public static boolean onlyWhenPoor(FieldSpec question) {
        return REASONS.equals(question.id());
    }
}
