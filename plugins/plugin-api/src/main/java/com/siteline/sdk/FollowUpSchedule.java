package com.siteline.sdk;

import java.time.Period;
import java.util.List;
import java.util.Objects;

/** Return visits (回访) the variant schedules after an event, e.g. 1, 3, 6 and 12 months after completion. */
public record FollowUpSchedule(String id, LocalizedText name, Trigger trigger, List<Period> offsets) {

    public enum Trigger {
        /** the project passed its completion acceptance */
        PROJECT_COMPLETED,
        /** a repair or housekeeping job was finished */
        JOB_COMPLETED
    }

    public FollowUpSchedule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(trigger, "trigger");
        offsets = List.copyOf(offsets);
        if (offsets.isEmpty() || offsets.stream().anyMatch(Period::isNegative)) {
            throw new IllegalArgumentException("follow-up " + id + " needs positive offsets");
        }
    }

    public static FollowUpSchedule of(String id, String zhCn, String en, Trigger trigger, Period... offsets) {
        return new FollowUpSchedule(id, LocalizedText.of(zhCn, en), trigger, List.of(offsets));
    }
}
