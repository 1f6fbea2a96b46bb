package com.siteline.sdk;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Consistency checks of a variant's declarations, run by the host when a plugin starts (a variant
 * that fails them is reported as failed) and by each plugin's own tests.
 */
public final class VariantChecks {

    private VariantChecks() {}

    /** Every problem found, in words; empty when the variant is consistent. */
    public static List<String> problems(BusinessVariant variant) {
        List<String> problems = new ArrayList<>();
        if (variant.stages() == null || variant.stages().isEmpty()) {
            problems.add("no stages");
            return problems;
        }
        duplicates("stage", variant.stages(), StageDefinition::id, problems);
        duplicates("form", variant.forms(), FormSpec::id, problems);
        duplicates("checklist", variant.checklists(), ChecklistTemplate::id, problems);
        duplicates("issue category", variant.issueCategories(), IssueCategory::id, problems);
        duplicates("pause reason", variant.pauseReasons(), PauseReason::id, problems);
        Set<String> forms =
                new HashSet<>(variant.forms().stream().map(FormSpec::id).toList());
        Set<String> checklists = new HashSet<>(
                variant.checklists().stream().map(ChecklistTemplate::id).toList());
        for (StageDefinition stage : variant.stages()) {
            for (StageRequirement requirement : stage.requirements()) {
                boolean known = switch (requirement.kind()) {
                    case FORM -> forms.contains(requirement.refId());
                    case CHECKLIST -> checklists.contains(requirement.refId());
                    case SIGN_OFF -> true;
                };
                if (!known) {
                    problems.add("stage " + stage.id() + " needs unknown "
                            + requirement.kind().name().toLowerCase() + " " + requirement.refId());
                }
            }
        }
        if (variant.completionStage() != null
                && variant.stages().stream().noneMatch(stage -> stage.id().equals(variant.completionStage()))) {
            problems.add("completion stage " + variant.completionStage() + " is not a stage");
        }
        duplicates("plan line", variant.communicationPlan(), PlanLine::id, problems);
        Set<String> stages =
                new HashSet<>(variant.stages().stream().map(StageDefinition::id).toList());
        for (PlanLine line : variant.communicationPlan()) {
            List<String> named = new ArrayList<>(line.rhythm().stages());
            if (line.rhythm().stage() != null) {
                named.add(line.rhythm().stage());
            }
            named.stream()
                    .filter(stage -> !stages.contains(stage))
                    .forEach(stage -> problems.add("plan line " + line.id() + " names unknown stage " + stage));
            if (line.heldBy() == PlanLine.HeldBy.LOG_ENTRY && !PlanLine.CHANNELS.contains(line.channel())) {
                problems.add("plan line " + line.id() + " names unknown channel " + line.channel());
            }
        }
        for (FollowUpSchedule schedule : variant.followUpSchedules()) {
            if (schedule.formId() == null) {
                continue;
            }
            FormSpec form = variant.forms().stream()
                    .filter(f -> f.id().equals(schedule.formId()))
                    .findFirst()
                    .orElse(null);
            if (form == null) {
                problems.add("follow-up " + schedule.id() + " needs unknown form " + schedule.formId());
            } else if (form.sections().stream()
                    .flatMap(s -> s.fields().stream())
                    .anyMatch(f -> !FollowUpSchedule.VISIT_FORM_TYPES.contains(f.type()))) {
                problems.add("follow-up " + schedule.id() + " form " + schedule.formId()
                        + " may only have text, choice and yes/no fields");
            }
        }
        for (RecurringObligation obligation : variant.recurringObligations()) {
            if (obligation.surveyTemplate() != null
                    && variant.surveys().stream().noneMatch(t -> t.id().equals(obligation.surveyTemplate()))) {
                problems.add("obligation " + obligation.id() + " needs unknown survey " + obligation.surveyTemplate());
            }
        }
        return problems;
    }

    private static <T> void duplicates(String what, List<T> items, Function<T, String> id, List<String> problems) {
        Set<String> seen = new HashSet<>();
        for (T item : items) {
            if (!seen.add(id.apply(item))) {
                problems.add(what + " id " + id.apply(item) + " is used twice");
            }
        }
    }
}
