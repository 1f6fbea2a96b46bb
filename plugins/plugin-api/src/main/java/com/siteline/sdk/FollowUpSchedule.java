package com.siteline.sdk;

import java.time.Period;
import java.util.List;
import java.util.Objects;

/**
 * Return visits (回访) the variant schedules after an event, e.g. 1, 3, 6 and 12 months after completion.
 *
 * @param formId the variant's own form the caller fills in at each visit that reaches the customer (one of its
 *               {@link BusinessVariant#forms()}, with text, choice and yes/no fields only), or null for none
 *               (@since 1.4)
 */
public record FollowUpSchedule(String id, LocalizedText name, Trigger trigger, List<Period> offsets, String formId) {

    public enum Trigger {
        /** the project passed its completion acceptance */
        PROJECT_COMPLETED,
        /** a repair or housekeeping job was finished */
        JOB_COMPLETED,
        /** a complaint was closed (投诉回访: is the customer satisfied, did the problem come back?) @since 1.6 */
        COMPLAINT_CLOSED
    }

    /** The field types a visit form may use. */
    public static final java.util.Set<FieldType> VISIT_FORM_TYPES = java.util.EnumSet.of(
            FieldType.SHORT_TEXT,
            FieldType.LONG_TEXT,
            FieldType.SINGLE_CHOICE,
            FieldType.MULTIPLE_CHOICE,
            FieldType.YES_NO);

    public FollowUpSchedule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(trigger, "trigger");
        offsets = List.copyOf(offsets);
        if (offsets.isEmpty() || offsets.stream().anyMatch(Period::isNegative)) {
            throw new IllegalArgumentException("follow-up " + id + " needs positive offsets");
        }
    }

    /** A schedule without a form of its own (API 1.1). */
    public FollowUpSchedule(String id, LocalizedText name, Trigger trigger, List<Period> offsets) {
        this(id, name, trigger, offsets, null);
    }

    public static FollowUpSchedule of(String id, String zhCn, String en, Trigger trigger, Period... offsets) {
        return new FollowUpSchedule(id, LocalizedText.of(zhCn, en), trigger, List.of(offsets));
    }

    /** The same schedule with the variant's own visit form. @since 1.4 */
    public FollowUpSchedule withForm(String visitFormId) {
        return new FollowUpSchedule(id, name, trigger, offsets, visitFormId);
    }
}
