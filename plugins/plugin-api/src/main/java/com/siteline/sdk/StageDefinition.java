package com.siteline.sdk;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One stage of a variant's project pipeline, e.g. 客户需求确认 (requirement confirmation), with what
 * must be complete before a project may leave it:
 * <pre>{@code StageDefinition.of("site-handover", "进场交底", "Site handover")
 *     .withChecklist("site-handover").withSignOff()}</pre>
 *
 * @param id           stable identifier in kebab-case; stored with project data, so never renamed
 * @param name         what users see
 * @param requirements forms, checklists and sign-off, in the order the stage shows them
 */
public record StageDefinition(String id, LocalizedText name, List<StageRequirement> requirements) {

    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public StageDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        requirements = requirements == null ? List.of() : List.copyOf(requirements);
        if (!KEBAB.matcher(id).matches()) {
            throw new IllegalArgumentException("stage id must be kebab-case: " + id);
        }
    }

    /** API 1.0 shape: a stage with no requirements. */
    public StageDefinition(String id, LocalizedText name) {
        this(id, name, List.of());
    }

    public static StageDefinition of(String id, String zhCn, String en) {
        return new StageDefinition(id, LocalizedText.of(zhCn, en));
    }

    public StageDefinition withForm(String formId) {
        return with(new StageRequirement(StageRequirement.Kind.FORM, formId, false));
    }

    public StageDefinition withOptionalForm(String formId) {
        return with(new StageRequirement(StageRequirement.Kind.FORM, formId, true));
    }

    public StageDefinition withChecklist(String checklistId) {
        return with(new StageRequirement(StageRequirement.Kind.CHECKLIST, checklistId, false));
    }

    public StageDefinition withOptionalChecklist(String checklistId) {
        return with(new StageRequirement(StageRequirement.Kind.CHECKLIST, checklistId, true));
    }

    /** The customer must sign the stage off (客户签字确认) before it can be left. */
    public StageDefinition withSignOff() {
        return with(new StageRequirement(StageRequirement.Kind.SIGN_OFF, StageRequirement.SIGN_OFF_ID, false));
    }

    private StageDefinition with(StageRequirement requirement) {
        List<StageRequirement> all = new ArrayList<>(requirements);
        all.add(requirement);
        return new StageDefinition(id, name, all);
    }
}
