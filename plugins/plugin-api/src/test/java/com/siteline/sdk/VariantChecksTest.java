package com.siteline.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class VariantChecksTest {

    record Variant(List<StageDefinition> stages, List<FormSpec> forms) implements BusinessVariant {
        public String id() {
            return "test";
        }

        public LocalizedText name() {
            return LocalizedText.of("测试", "Test");
        }
    }

    record VisitVariant(List<FormSpec> forms, List<FollowUpSchedule> followUpSchedules) implements BusinessVariant {
        public String id() {
            return "visits";
        }

        public LocalizedText name() {
            return LocalizedText.of("回访", "Visits");
        }

        public List<StageDefinition> stages() {
            return List.of(StageDefinition.of("s", "阶段", "Stage"));
        }
    }

    private static final FormSpec FORM = FormSpec.of(
            "f",
            1,
            "表",
            "Form",
            FormSection.of("节", "Section", FieldSpec.shortText("a", "甲", "A").asRequired()));

    @Test
    void aConsistentVariantHasNoProblems() {
        assertThat(VariantChecks.problems(new Variant(
                        List.of(StageDefinition.of("s", "阶段", "Stage").withForm("f")), List.of(FORM))))
                .isEmpty();
    }

    @Test
    void unknownReferencesAndDuplicatesAreNamed() {
        Variant variant = new Variant(
                List.of(
                        StageDefinition.of("s", "阶段", "Stage")
                                .withForm("missing")
                                .withChecklist("nothing"),
                        StageDefinition.of("s", "阶段", "Stage")),
                List.of(FORM, FORM));
        assertThat(VariantChecks.problems(variant))
                .containsExactlyInAnyOrder(
                        "stage id s is used twice", "form id f is used twice",
                        "stage s needs unknown form missing", "stage s needs unknown checklist nothing");
    }

    @Test
    void theCompletionStageMustBeOneOfTheStagesAndDefaultsToNone() {
        Variant plain = new Variant(List.of(StageDefinition.of("s", "阶段", "Stage")), List.of());
        assertThat(plain.completionStage()).isNull();
        BusinessVariant misnamed = new BusinessVariant() {
            public String id() {
                return "x";
            }

            public LocalizedText name() {
                return LocalizedText.of("测试", "Test");
            }

            public List<StageDefinition> stages() {
                return List.of(StageDefinition.of("s", "阶段", "Stage"));
            }

            public String completionStage() {
                return "acceptance";
            }
        };
        assertThat(VariantChecks.problems(misnamed)).containsExactly("completion stage acceptance is not a stage");
    }

    record ObligedVariant(List<RecurringObligation> recurringObligations, List<SurveyTemplate> surveys)
            implements BusinessVariant {
        public String id() {
            return "obliged";
        }

        public LocalizedText name() {
            return LocalizedText.of("义务", "Obligations");
        }

        public List<StageDefinition> stages() {
            return List.of(StageDefinition.of("s", "阶段", "Stage"));
        }
    }

    @Test
    void anObligationBySurveyNamesADeclaredTemplateAndOnlyForNarrowsItsUnits() {
        SurveyTemplate template = new SurveyTemplate(
                "year-end",
                1,
                LocalizedText.of("年终调查", "Year-end survey"),
                List.of(FieldSpec.shortText("a", "甲", "A")),
                1.0,
                0.3,
                LocalizedText.of("全体", "All"));
        RecurringObligation known = RecurringObligation.of(
                        "survey", "调查", "Survey", RecurringObligation.Frequency.YEARLY, 20, 12)
                .bySurvey("year-end");
        RecurringObligation unknown = RecurringObligation.of(
                        "other", "调查", "Survey", RecurringObligation.Frequency.YEARLY, 28, 6)
                .bySurvey("mid-year")
                .onlyFor(PremisesKind.OFFICE);
        assertThat(VariantChecks.problems(new ObligedVariant(List.of(known, unknown), List.of(template))))
                .containsExactly("obligation other needs unknown survey mid-year");
        assertThat(known.appliesTo(null)).isTrue();
        assertThat(unknown.appliesTo(PremisesKind.OFFICE)).isTrue();
        assertThat(unknown.appliesTo(PremisesKind.RESIDENTIAL)).isFalse();
        assertThat(unknown.appliesTo(null)).isFalse();
        assertThat(unknown.surveyTemplate()).isEqualTo("mid-year");
        // the constructor of the API before 1.7 still makes an obligation of every unit
        assertThat(new RecurringObligation(
                                "old", LocalizedText.of("旧", "Old"), RecurringObligation.Frequency.MONTHLY, 5, 1)
                        .premises())
                .isEmpty();
    }

    @Test
    void aVisitFormMustExistAndAskOnlyWhatAVisitCanRecord() {
        FormSpec withDate = FormSpec.of(
                "d",
                1,
                "表",
                "Form",
                FormSection.of("节", "Section", FieldSpec.yesNo("ok", "好", "OK"), FieldSpec.date("when", "日期", "Date")));
        BusinessVariant variant = new VisitVariant(
                List.of(FORM, withDate),
                List.of(
                        FollowUpSchedule.of(
                                        "a",
                                        "回访",
                                        "Visit",
                                        FollowUpSchedule.Trigger.JOB_COMPLETED,
                                        java.time.Period.ofDays(3))
                                .withForm("f"),
                        FollowUpSchedule.of(
                                        "b",
                                        "回访",
                                        "Visit",
                                        FollowUpSchedule.Trigger.JOB_COMPLETED,
                                        java.time.Period.ofDays(3))
                                .withForm("missing"),
                        FollowUpSchedule.of(
                                        "c",
                                        "回访",
                                        "Visit",
                                        FollowUpSchedule.Trigger.JOB_COMPLETED,
                                        java.time.Period.ofDays(3))
                                .withForm("d")));
        assertThat(VariantChecks.problems(variant))
                .containsExactly(
                        "follow-up b needs unknown form missing",
                        "follow-up c form d may only have text, choice and yes/no fields");
        assertThat(FollowUpSchedule.of(
                                "x", "回访", "Visit", FollowUpSchedule.Trigger.JOB_COMPLETED, java.time.Period.ofDays(1))
                        .formId())
                .isNull();
    }

    @Test
    void specsRefuseContradictions() {
        assertThatThrownBy(() -> FieldSpec.number("n", "数", "N", "m").min(5).max(1))
                .hasMessageContaining("min is greater than max");
        assertThatThrownBy(() -> FieldSpec.singleChoice("c", "选", "C")).hasMessageContaining("choices");
        assertThatThrownBy(() -> FormSpec.of("f", 0, "表", "Form")).hasMessageContaining("versions start at 1");
        assertThatThrownBy(() -> FormSpec.of(
                        "f",
                        1,
                        "表",
                        "Form",
                        FormSection.of("节", "S", FieldSpec.yesNo("a", "甲", "A"), FieldSpec.yesNo("a", "乙", "B"))))
                .hasMessageContaining("used twice");
    }

    @Test
    void aStageCollectsItsRequirementsInOrder() {
        StageDefinition stage = StageDefinition.of("x", "阶段", "Stage")
                .withForm("f")
                .withOptionalChecklist("c")
                .withSignOff();
        assertThat(stage.requirements())
                .containsExactly(
                        new StageRequirement(StageRequirement.Kind.FORM, "f", false),
                        new StageRequirement(StageRequirement.Kind.CHECKLIST, "c", true),
                        new StageRequirement(StageRequirement.Kind.SIGN_OFF, StageRequirement.SIGN_OFF_ID, false));
    }

    @Test
    void planLinesNameKnownStagesOnceAndTheirRecordFitsTheirRhythm() {
        PlanLine report = new PlanLine(
                "weekly",
                LocalizedText.of("周报", "Weekly"),
                LocalizedText.of("进度", "Progress"),
                List.of(PlanLine.CUSTOMER),
                PlanLine.HeldBy.WEEKLY_REPORT,
                null,
                PlanLine.Rhythm.every(1, "s", "later"),
                "PROJECT_MANAGER",
                false);
        PlanLine notice = new PlanLine(
                "notice",
                LocalizedText.of("通知", "Notice"),
                LocalizedText.of("验收", "Inspection"),
                List.of(PlanLine.CUSTOMER),
                PlanLine.HeldBy.LOG_ENTRY,
                "FAX",
                PlanLine.Rhythm.onEntering("gone", 1),
                "PROJECT_MANAGER",
                true);
        BusinessVariant planned = new BusinessVariant() {
            public String id() {
                return "p";
            }

            public LocalizedText name() {
                return LocalizedText.of("计划", "Planned");
            }

            public List<StageDefinition> stages() {
                return List.of(StageDefinition.of("s", "阶段", "Stage"));
            }

            public List<PlanLine> communicationPlan() {
                return List.of(report, notice, notice);
            }
        };
        assertThat(VariantChecks.problems(planned))
                .containsExactlyInAnyOrder(
                        "plan line id notice is used twice",
                        "plan line weekly names unknown stage later",
                        "plan line notice names unknown stage gone",
                        "plan line notice names unknown stage gone",
                        "plan line notice names unknown channel FAX",
                        "plan line notice names unknown channel FAX");
        assertThatThrownBy(() -> new PlanLine(
                        "w",
                        LocalizedText.of("周报", "Weekly"),
                        LocalizedText.of("进度", "Progress"),
                        List.of(),
                        PlanLine.HeldBy.WEEKLY_REPORT,
                        null,
                        PlanLine.Rhythm.onCompletion(2),
                        "PROJECT_MANAGER",
                        false))
                .hasMessageContaining("repeats by weeks");
        assertThatThrownBy(() -> PlanLine.Rhythm.every(0)).hasMessageContaining("1-12 weeks");
    }
}
