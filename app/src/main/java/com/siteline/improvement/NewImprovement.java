package com.siteline.improvement;

import com.siteline.base.InputField;
import java.time.LocalDate;

/**
 * An improvement action as it is raised: the unit, what showed the shortcoming (a source, its record's id where it has
 * one, and words that name it), the cause found, the measure, its owner (a user of the unit) and due day.
 */
public record NewImprovement(
        Long businessUnitId,
        ImprovementSource source,
        Long sourceId,
        String sourceLabel,
        String cause,
        String measure,
        String owner,
        LocalDate dueOn) {

    public enum Field implements InputField {
        BUSINESS_UNIT_ID,
        SOURCE,
        SOURCE_ID,
        SOURCE_LABEL,
        CAUSE,
        MEASURE,
        OWNER,
        DUE_ON
    }
}
