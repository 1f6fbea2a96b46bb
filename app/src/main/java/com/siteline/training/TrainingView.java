package com.siteline.training;

import java.time.LocalDate;
import java.util.List;

/** A training session as the list and its panel show it, with each attendee. */
public record TrainingView(
        long id,
        long version,
        long businessUnitId,
        String unitName,
        String topic,
        String trainer,
        LocalDate heldOn,
        String material,
        Long improvementId,
        TrainingState state,
        List<Attendee> attendees) {

    /** One of the staff asked: attended or not, passed its test or signed off (null: not recorded). */
    public record Attendee(String username, boolean attended, Boolean passed) {}

    public long attendedCount() {
        return attendees.stream().filter(Attendee::attended).count();
    }
}
