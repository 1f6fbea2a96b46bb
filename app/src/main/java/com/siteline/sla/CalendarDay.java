package com.siteline.sla;

import java.time.LocalDate;
import java.util.Objects;

/** A date that breaks the week schedule: a public holiday, or a make-up workday (调休) on a weekend. */
public record CalendarDay(LocalDate date, Kind kind, String name) {

    public enum Kind { HOLIDAY, WORKDAY }

    public CalendarDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        name = name == null ? "" : name;
    }
}
