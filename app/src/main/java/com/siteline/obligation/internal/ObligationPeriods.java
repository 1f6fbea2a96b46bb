package com.siteline.obligation.internal;

import com.siteline.sdk.RecurringObligation;
import java.time.LocalDate;

/** The periods of a recurring obligation: months, quarters, half-years or years, and the day each is due. */
public final class ObligationPeriods {

    private ObligationPeriods() {}

    public static int months(RecurringObligation.Frequency frequency) {
        return switch (frequency) {
            case MONTHLY -> 1;
            case QUARTERLY -> 3;
            case HALF_YEARLY -> 6;
            case YEARLY -> 12;
        };
    }

    /** The first day of the period that holds the day (quarters start in January, April, July, October). */
    public static LocalDate first(RecurringObligation.Frequency frequency, LocalDate day) {
        int months = months(frequency);
        int month = (day.getMonthValue() - 1) / months * months + 1;
        return LocalDate.of(day.getYear(), month, 1);
    }

    public static LocalDate last(RecurringObligation.Frequency frequency, LocalDate first) {
        return first.plusMonths(months(frequency)).minusDays(1);
    }

    /** The due day within the period: its month in the period, its day of the month (1-28, so always there). */
    public static LocalDate due(RecurringObligation obligation, LocalDate first) {
        return first.plusMonths(obligation.monthInPeriod() - 1L).withDayOfMonth(obligation.dueDay());
    }
}
