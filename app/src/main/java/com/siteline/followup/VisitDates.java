package com.siteline.followup;

import com.siteline.sla.BusinessCalendar;
import java.time.LocalDate;
import java.time.Period;

/**
 * When a return visit is due: the offset after the day of the event (a month after 31 January is 28 or 29
 * February: the month's last day, never a day of the next month), moved to the next working day of the unit's
 * calendar when it falls on a weekend or holiday (a make-up workday, 调休, counts as working).
 */
public final class VisitDates {

    private VisitDates() {}

    public static LocalDate due(LocalDate event, Period offset, BusinessCalendar calendar) {
        return nextWorkingDay(event.plus(offset), calendar);
    }

    /** The day itself when it is worked, else the first worked day after it (at most a year on). */
    public static LocalDate nextWorkingDay(LocalDate day, BusinessCalendar calendar) {
        LocalDate candidate = day;
        for (int i = 0; i < 366 && !calendar.isWorkingDay(candidate); i++) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }
}
