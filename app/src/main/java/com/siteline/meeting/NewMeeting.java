package com.siteline.meeting;

import com.siteline.base.InputField;
import java.time.LocalDateTime;
import java.util.Set;

/**
 * A meeting held, as its organizer records it: of a unit (and a project, or none), its kind and title, when (in the
 * organizer's zone) and where, who attended and who was asked and absent (staff by username, customers by id), the
 * chair (a customer present, for an owners' committee), agenda, minutes and decisions.
 */
public record NewMeeting(
        Long businessUnitId,
        MeetingKind kind,
        String title,
        LocalDateTime heldAt,
        String place,
        Set<String> staffPresent,
        Set<String> staffAbsent,
        Set<Long> customersPresent,
        Set<Long> customersAbsent,
        Long chair,
        String agenda,
        String minutes,
        String decisions) {

    public NewMeeting {
        staffPresent = staffPresent == null ? Set.of() : Set.copyOf(staffPresent);
        staffAbsent = staffAbsent == null ? Set.of() : Set.copyOf(staffAbsent);
        customersPresent = customersPresent == null ? Set.of() : Set.copyOf(customersPresent);
        customersAbsent = customersAbsent == null ? Set.of() : Set.copyOf(customersAbsent);
    }

    /** The fields a meeting's problems are named by. */
    public enum Field implements InputField {
        BUSINESS_UNIT_ID,
        KIND,
        TITLE,
        HELD_AT,
        PLACE,
        STAFF_PRESENT,
        STAFF_ABSENT,
        CUSTOMERS_PRESENT,
        CUSTOMERS_ABSENT,
        CHAIR,
        AGENDA,
        MINUTES,
        DECISIONS
    }
}
