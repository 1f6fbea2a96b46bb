package com.siteline.survey;

import com.siteline.base.Actors;
import com.siteline.base.InputField;
import com.siteline.base.InputProblems;
import com.siteline.base.InvalidInputException;
import com.siteline.base.Keyed;
import com.siteline.base.Message;
import com.siteline.base.RefusedException;
import com.siteline.base.SitelineI18NProvider;
import com.siteline.organization.Role;
import com.siteline.sdk.Choice;
import com.siteline.sdk.FieldSpec;
import com.siteline.sdk.FieldType;
import com.siteline.sdk.LocalizedText;
import com.siteline.sdk.SurveyTemplate;
import com.siteline.survey.internal.SurveyTemplateRow;
import com.siteline.survey.internal.SurveyTemplateRowRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Survey templates made by administrators, beside the plugins' own: a five-point rating (with reasons offered
 * for a low score), single and multiple choice and free-text questions, in zh-CN and English. Saving an
 * existing template stores a new version; every version is kept (campaigns and answers name the version they
 * were given), and a retired template is no longer offered for new campaigns. Its id starts with
 * {@value #PREFIX}, so it never meets a plugin's.
 */
@Service
public class CustomSurveyTemplates {

    public static final String PREFIX = "custom-";
    /** At most this many questions, choices per question and characters per text. */
    public static final int MAX_QUESTIONS = 20;

    public static final int MAX_CHOICES = 12;
    public static final int MAX_TEXT = 200;

    /** What a question asks for. */
    public enum QuestionKind implements Keyed {
        RATING,
        SINGLE,
        MULTIPLE,
        TEXT;

        @Override
        public String messageKey() {
            return "survey-template.kind." + name();
        }
    }

    /**
     * A question as typed: for choices one per line ("中文 | English", or one text for both); for a rating,
     * optional reasons offered after a low score, the same way (only on the template's first rating).
     */
    public record QuestionDraft(
            QuestionKind kind, String labelZh, String labelEn, boolean required, String choices, String reasons) {

        /** A question's fields, as the editor shows them and a refusal names them. */
        public enum Field implements InputField {
            KIND,
            LABEL_ZH,
            LABEL_EN,
            CHOICES,
            REASONS
        }
    }

    /** A template as typed; rates in percent. */
    public record TemplateDraft(
            String titleZh,
            String titleEn,
            String groupZh,
            String groupEn,
            Integer samplePercent,
            Integer minimumPercent,
            List<QuestionDraft> questions) {

        /** A template's fields, as the editor shows them and a refusal names them. */
        public enum Field implements InputField {
            TITLE_ZH,
            TITLE_EN,
            GROUP_ZH,
            GROUP_EN,
            SAMPLE_PERCENT,
            MINIMUM_PERCENT,
            QUESTIONS
        }
    }

    /** One version of a template, for the administrators' list. */
    public record TemplateSummary(
            String id,
            int version,
            String titleZh,
            String titleEn,
            int questions,
            boolean active,
            String createdBy,
            Instant createdAt,
            TemplateDraft draft) {}

    private final SurveyTemplateRowRepository rows;
    private final JsonMapper json;
    private final Clock clock;
    private final SitelineI18NProvider i18n;

    CustomSurveyTemplates(SurveyTemplateRowRepository rows, JsonMapper json, Clock clock, SitelineI18NProvider i18n) {
        this.i18n = i18n;
        this.rows = rows;
        this.json = json;
        this.clock = clock;
    }

    /** Every version of every template, newest first (administrators). */
    @PreAuthorize(Role.Can.ADMINISTER)
    @Transactional(readOnly = true)
    public List<TemplateSummary> all() {
        return rows.findAllByOrderByCreatedAtDescTemplateVersionDesc().stream()
                .map(this::summary)
                .toList();
    }

    /** The latest version of each template that is not retired (offered for campaigns in every unit). */
    @Transactional(readOnly = true)
    public List<SurveyTemplate> active() {
        // the latest row of each template first, by its columns; only those are parsed
        Map<String, SurveyTemplateRow> latest = new LinkedHashMap<>();
        for (SurveyTemplateRow row : rows.findAllByOrderByCreatedAtDescTemplateVersionDesc()) {
            if (row.isActive()) {
                latest.merge(
                        row.getTemplateId(), row, (a, b) -> a.getTemplateVersion() >= b.getTemplateVersion() ? a : b);
            }
        }
        return latest.values().stream().map(this::read).toList();
    }

    /** A version of a template, retired or not (the questions an answer was given against). */
    @Transactional(readOnly = true)
    public Optional<SurveyTemplate> find(String id, int version) {
        return rows.findByTemplateIdAndTemplateVersion(id, version).map(this::read);
    }

    /**
     * Stores a new template ({@code id} null) or a new version of one; nothing is stored when a problem is found.
     *
     * @throws InvalidInputException with every problem's bundle key
     */
    @PreAuthorize(Role.Can.ADMINISTER)
    @Transactional
    public SurveyTemplate save(String id, TemplateDraft draft) {
        problemsOf(draft).refuseIfAny();
        int version = 1;
        String templateId = id;
        if (id == null) {
            templateId = PREFIX + Long.toString(clock.millis(), 36) + "-"
                    + Integer.toString(
                            java.util.concurrent.ThreadLocalRandom.current().nextInt(46_656), 36);
        } else {
            List<SurveyTemplateRow> versions = rows.findByTemplateIdOrderByTemplateVersionDesc(id);
            if (versions.isEmpty() || !versions.getFirst().isActive()) {
                throw new RefusedException(Message.of("survey-template.refused.retired"));
            }
            version = versions.getFirst().getTemplateVersion() + 1;
        }
        SurveyTemplate template = build(templateId, version, draft);
        rows.saveAndFlush(new SurveyTemplateRow(
                templateId,
                version,
                template.title().zhCn(),
                json.writeValueAsString(new Stored(template, draft)),
                Actors.current(),
                clock.instant()));
        return template;
    }

    /** Retires every version of a template: kept for what was asked with it, no longer offered. */
    @PreAuthorize(Role.Can.ADMINISTER)
    @Transactional
    public void retire(String id) {
        rows.findByTemplateIdOrderByTemplateVersionDesc(id).forEach(SurveyTemplateRow::retire);
    }

    /** The problems of a draft, each on its field (the editor marks the fields with the same checks). */
    public static InputProblems problemsOf(TemplateDraft draft) {
        InputProblems problems = new InputProblems();
        if (blank(draft.titleZh()) || blank(draft.titleEn())) {
            // the words ask for the title in both languages: both fields are marked
            problems.add(TemplateDraft.Field.TITLE_ZH, "survey-template.error.title")
                    .add(TemplateDraft.Field.TITLE_EN, "survey-template.error.title");
        }
        tooLong(problems, TemplateDraft.Field.TITLE_ZH, draft.titleZh());
        tooLong(problems, TemplateDraft.Field.TITLE_EN, draft.titleEn());
        tooLong(problems, TemplateDraft.Field.GROUP_ZH, draft.groupZh());
        tooLong(problems, TemplateDraft.Field.GROUP_EN, draft.groupEn());
        if (draft.samplePercent() == null || draft.samplePercent() < 1 || draft.samplePercent() > 100) {
            problems.add(TemplateDraft.Field.SAMPLE_PERCENT, "survey-template.error.rates");
        }
        if (draft.minimumPercent() == null || draft.minimumPercent() < 0 || draft.minimumPercent() > 100) {
            problems.add(TemplateDraft.Field.MINIMUM_PERCENT, "survey-template.error.rates");
        }
        List<QuestionDraft> questions = draft.questions() == null ? List.of() : draft.questions();
        if (questions.isEmpty() || questions.size() > MAX_QUESTIONS) {
            problems.add(TemplateDraft.Field.QUESTIONS, "survey-template.error.questions");
        }
        boolean firstRating = true;
        for (QuestionDraft question : questions) {
            problems.addAll(problemsOf(question, firstRating));
            firstRating &= question.kind() != QuestionKind.RATING;
        }
        return problems;
    }

    private static void tooLong(InputProblems problems, InputField field, String text) {
        if (tooLong(text)) {
            problems.add(field, "survey-template.error.too-long");
        }
    }

    /** The problems of one question, each on its field; {@code firstRating}: no rating question comes before it. */
    public static InputProblems problemsOf(QuestionDraft question, boolean firstRating) {
        InputProblems problems = new InputProblems();
        if (question.kind() == null) {
            return problems.add(QuestionDraft.Field.KIND, "survey-template.error.kind");
        }
        if (blank(question.labelZh())
                || blank(question.labelEn())
                || tooLong(question.labelZh())
                || tooLong(question.labelEn())) {
            // the words ask for the label in both languages: both fields are marked
            problems.add(QuestionDraft.Field.LABEL_ZH, "survey-template.error.label")
                    .add(QuestionDraft.Field.LABEL_EN, "survey-template.error.label");
        }
        boolean choice = question.kind() == QuestionKind.SINGLE || question.kind() == QuestionKind.MULTIPLE;
        List<String> choices = lines(question.choices());
        if (choice
                && (choices.size() < 2
                        || choices.size() > MAX_CHOICES
                        || choices.stream().anyMatch(c -> c.length() > MAX_TEXT))) {
            problems.add(QuestionDraft.Field.CHOICES, "survey-template.error.choices");
        }
        List<String> reasons = lines(question.reasons());
        if (question.kind() == QuestionKind.RATING
                && !reasons.isEmpty()
                && (!firstRating
                        || reasons.size() > MAX_CHOICES
                        || reasons.stream().anyMatch(c -> c.length() > MAX_TEXT))) {
            problems.add(QuestionDraft.Field.REASONS, "survey-template.error.reasons");
        }
        return problems;
    }

    private SurveyTemplate build(String id, int version, TemplateDraft draft) {
        LocalizedText reasonsLabel = new LocalizedText(
                i18n.getTranslation("survey.core.reasons", java.util.Locale.SIMPLIFIED_CHINESE),
                i18n.getTranslation("survey.core.reasons", java.util.Locale.ENGLISH));
        List<FieldSpec> questions = new ArrayList<>();
        int n = 0;
        for (QuestionDraft q : draft.questions()) {
            n++;
            String qid = "q" + n;
            LocalizedText label =
                    new LocalizedText(q.labelZh().strip(), q.labelEn().strip());
            FieldSpec spec = switch (q.kind()) {
                case RATING -> FieldSpec.satisfaction(qid, label.zhCn(), label.en());
                case SINGLE ->
                    new FieldSpec(
                            qid,
                            FieldType.SINGLE_CHOICE,
                            label,
                            false,
                            null,
                            null,
                            null,
                            null,
                            null,
                            choices(qid, q.choices()));
                case MULTIPLE ->
                    new FieldSpec(
                            qid,
                            FieldType.MULTIPLE_CHOICE,
                            label,
                            false,
                            null,
                            null,
                            null,
                            null,
                            null,
                            choices(qid, q.choices()));
                case TEXT ->
                    new FieldSpec(
                            qid,
                            FieldType.LONG_TEXT,
                            label,
                            false,
                            null,
                            BigDecimal.valueOf(1000),
                            null,
                            null,
                            null,
                            null);
            };
            questions.add(q.required() ? spec.asRequired() : spec);
            if (q.kind() == QuestionKind.RATING && !lines(q.reasons()).isEmpty()) {
                // asked only after a low score, as the core survey's reasons
                questions.add(new FieldSpec(
                        SurveyTemplates.REASONS,
                        FieldType.MULTIPLE_CHOICE,
                        reasonsLabel,
                        false,
                        null,
                        null,
                        null,
                        null,
                        null,
                        choices("r", q.reasons())));
            }
        }
        return new SurveyTemplate(
                id,
                version,
                new LocalizedText(draft.titleZh().strip(), draft.titleEn().strip()),
                questions,
                draft.samplePercent() / 100.0,
                draft.minimumPercent() / 100.0,
                group(draft));
    }

    /** Who is asked: as typed, one language standing in for a missing other, else "everyone". */
    private LocalizedText group(TemplateDraft draft) {
        String zh = orEmpty(draft.groupZh());
        String en = orEmpty(draft.groupEn());
        if (zh.isEmpty() && en.isEmpty()) {
            return new LocalizedText(
                    i18n.getTranslation("survey-template.group-everyone", java.util.Locale.SIMPLIFIED_CHINESE),
                    i18n.getTranslation("survey-template.group-everyone", java.util.Locale.ENGLISH));
        }
        return new LocalizedText(zh.isEmpty() ? en : zh, en.isEmpty() ? zh : en);
    }

    private static List<Choice> choices(String prefix, String text) {
        List<Choice> choices = new ArrayList<>();
        int n = 0;
        for (String line : lines(text)) {
            n++;
            int bar = line.indexOf('|');
            String zh = (bar < 0 ? line : line.substring(0, bar)).strip();
            String en = bar < 0 ? zh : line.substring(bar + 1).strip();
            choices.add(new Choice(prefix + "-" + n, new LocalizedText(zh, en.isEmpty() ? zh : en)));
        }
        return choices;
    }

    /** The non-blank lines of a text. */
    public static List<String> lines(String text) {
        return text == null
                ? List.of()
                : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static boolean tooLong(String text) {
        return text != null && text.strip().length() > MAX_TEXT;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text.strip();
    }

    /** What is stored of a version: the template as the SDK shapes it, and the draft it was made from. */
    public record Stored(SurveyTemplate template, TemplateDraft draft) {}

    private SurveyTemplate read(SurveyTemplateRow row) {
        return json.readValue(row.getContent(), Stored.class).template();
    }

    private TemplateSummary summary(SurveyTemplateRow row) {
        Stored stored = json.readValue(row.getContent(), Stored.class);
        return new TemplateSummary(
                row.getTemplateId(),
                row.getTemplateVersion(),
                stored.template().title().zhCn(),
                stored.template().title().en(),
                stored.draft().questions().size(),
                row.isActive(),
                row.getCreatedBy(),
                row.getCreatedAt(),
                stored.draft());
    }
}
