package com.siteline.training;

import com.siteline.base.InputField;
import java.time.LocalDate;
import java.util.Set;

/**
 * A training session as it is planned: its unit, topic, trainer, day, material, the staff asked, and the improvement
 * action whose measure it is (optional).
 */
public record NewTraining(
        Long businessUnitId,
        String topic,
        String trainer,
        LocalDate heldOn,
        String material,
        Set<String> attendees,
        Long improvementId) {

    public NewTraining {
        attendees = attendees == null ? Set.of() : Set.copyOf(attendees);
    }

    public enum Field implements InputField {
        BUSINESS_UNIT_ID,
        TOPIC,
        TRAINER,
        HELD_ON,
        MATERIAL,
        ATTENDEES,
        IMPROVEMENT_ID
    }
}
