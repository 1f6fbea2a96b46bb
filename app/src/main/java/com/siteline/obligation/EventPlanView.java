package com.siteline.obligation;

import java.time.LocalDate;
import java.util.List;

/** A unit's community event plan of a year: its events, approved or not (version -1: none written yet). */
public record EventPlanView(
        long id,
        long version,
        long businessUnitId,
        int year,
        boolean approved,
        String draftedBy,
        String approvedBy,
        List<Event> events) {

    /** A planned event. */
    public record Event(LocalDate day, String title) {}
}
