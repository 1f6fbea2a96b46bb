package com.siteline.report;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** The periods a KPI scorecard covers: a calendar month or a calendar quarter. */
public enum KpiPeriod {
    MONTH,
    QUARTER;

    /** The first day of the period that holds {@code day}. */
    public LocalDate first(LocalDate day) {
        return switch (this) {
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER ->
                day.withMonth((day.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1).withDayOfMonth(1);
        };
    }

    /** The last day of the period that starts on {@code first}. */
    public LocalDate last(LocalDate first) {
        return first.plusMonths(this == MONTH ? 1 : 3).minusDays(1);
    }

    /** The first day of the period before the one that starts on {@code first}. */
    public LocalDate previous(LocalDate first) {
        return first.minusMonths(this == MONTH ? 1 : 3);
    }
}
