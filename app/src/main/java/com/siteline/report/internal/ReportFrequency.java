package com.siteline.report.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** How often a report email goes out, each time for the period that has just ended. */
public enum ReportFrequency {
    /** Every morning: yesterday. */
    DAILY,
    /** Every Monday: last week, Monday to Sunday. */
    WEEKLY,
    /** On the first of the month: last month. */
    MONTHLY;

    /** The first day of the latest whole period before {@code today}. */
    public LocalDate lastPeriodFirst(LocalDate today) {
        return switch (this) {
            case DAILY -> today.minusDays(1);
            case WEEKLY ->
                today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
            case MONTHLY -> today.withDayOfMonth(1).minusMonths(1);
        };
    }

    /** The last day of the period that starts on {@code first}. */
    public LocalDate last(LocalDate first) {
        return switch (this) {
            case DAILY -> first;
            case WEEKLY -> first.plusDays(6);
            case MONTHLY -> first.plusMonths(1).minusDays(1);
        };
    }
}
