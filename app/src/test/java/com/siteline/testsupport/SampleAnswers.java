package com.siteline.testsupport;

import com.siteline.organization.RunAs;
import com.siteline.project.AttachmentService;
import com.siteline.project.CheckStatus;
import com.siteline.project.ItemResult;
import com.siteline.project.ProjectRecords;
import com.siteline.project.ProjectService;
import com.siteline.project.ProjectSummary;
import com.siteline.project.StageGates;
import com.siteline.sdk.ChecklistItem;
import com.siteline.sdk.FieldSpec;
import com.siteline.sdk.FieldType;
import com.siteline.sdk.FormSpec;
import com.siteline.sdk.StageDefinition;
import com.siteline.sdk.StageRequirement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Valid answers for any form spec, all-pass checklist results, and a service-level walk through stages. */
public final class SampleAnswers {

    private static final List<String> TEXT_SAMPLES =
            List.of("东侧外立面，含阳台栏板", "13800138000", "12-2-1503", "HT-2026-001", "2026-10");

    private SampleAnswers() {}

    /** A tiny valid PNG (1×1 pixel), for uploads. */
    public static final byte[] PNG = java.util.Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    public static Object goodValue(FieldSpec field) {
        return switch (field.type()) {
            case SHORT_TEXT, LONG_TEXT ->
                field.pattern() == null
                        ? TEXT_SAMPLES.getFirst()
                        : TEXT_SAMPLES.stream()
                                .filter(s -> s.matches(field.pattern()))
                                .findFirst()
                                .orElseThrow();
            case ATTACHMENT -> throw new IllegalArgumentException("attachments are uploaded, see forForm");
            case NUMBER, MONEY -> field.min() != null && field.min().signum() > 0 ? field.min() : BigDecimal.ONE;
            case DATE -> LocalDate.of(2026, 11, 24);
            case DATE_TIME -> LocalDateTime.of(2026, 11, 24, 9, 30);
            case SINGLE_CHOICE -> field.choices().getFirst().id();
            case MULTIPLE_CHOICE -> Set.of(field.choices().getFirst().id());
            case YES_NO, CUSTOMER_CONFIRMATION -> Boolean.TRUE;
        };
    }

    /** Valid answers; attachment fields get the given uploaded file's reference. */
    public static Map<String, Object> forForm(FormSpec form, String attachment) {
        Map<String, Object> values = new LinkedHashMap<>();
        form.fields()
                .forEach(field ->
                        values.put(field.id(), field.type() == FieldType.ATTACHMENT ? attachment : goodValue(field)));
        return values;
    }

    public static Map<String, ItemResult> allPass(List<ChecklistItem> items, String photo) {
        Map<String, ItemResult> results = new LinkedHashMap<>();
        items.forEach(item ->
                results.put(item.id(), new ItemResult(CheckStatus.PASS, null, item.photoRequired() ? photo : null)));
        return results;
    }

    /** Completes every requirement of the current stage and moves on, until the project stands at {@code stageId}. */
    public static void walkTo(
            RunAs as,
            ProjectService projects,
            StageGates gates,
            ProjectRecords records,
            AttachmentService attachments,
            String user,
            long projectId,
            String stageId) {
        walk(
                as,
                projects,
                gates,
                records,
                attachments,
                user,
                projectId,
                p -> p.currentStageId().equals(stageId));
    }

    /** Completes every stage, the last one included: the project passes its completion acceptance. */
    public static void walkToCompletion(
            RunAs as,
            ProjectService projects,
            StageGates gates,
            ProjectRecords records,
            AttachmentService attachments,
            String user,
            long projectId) {
        walk(as, projects, gates, records, attachments, user, projectId, ProjectSummary::closed);
    }

    private static void walk(
            RunAs as,
            ProjectService projects,
            StageGates gates,
            ProjectRecords records,
            AttachmentService attachments,
            String user,
            long projectId,
            java.util.function.Predicate<ProjectSummary> there) {
        String file = as.user(user, () -> attachments.upload(projectId, "现场照片.png", "image/png", PNG))
                .value();
        while (!there.test(as.user(user, () -> projects.get(projectId)))) {
            ProjectSummary project = as.user(user, () -> projects.get(projectId));
            StageDefinition stage = as.user(user, () -> projects.variantOf(projectId))
                    .stage(project.currentStageId())
                    .orElseThrow();
            for (StageRequirement requirement : stage.requirements()) {
                switch (requirement.kind()) {
                    // a form or checklist asked for again at a later stage is saved over its stored version
                    case FORM ->
                        as.user(user, () -> {
                            var stored = records.formAnswers(projectId, requirement.refId());
                            return records.saveForm(
                                    projectId, requirement.refId(), forForm(stored.spec(), file), stored.rowVersion());
                        });
                    case CHECKLIST ->
                        as.user(user, () -> {
                            var stored = records.checklist(projectId, requirement.refId());
                            return records.saveChecklist(
                                    projectId,
                                    requirement.refId(),
                                    allPass(stored.template().items(), file),
                                    stored.rowVersion());
                        });
                    case SIGN_OFF ->
                        as.user(
                                user,
                                () -> gates.signOff(
                                        projectId, projects.get(projectId).version(), "业主"));
                }
            }
            as.user(user, () -> gates.advance(projectId, projects.get(projectId).version()));
        }
    }
}
