package com.siteline.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.sla.BusinessCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** When a return visit is due: month ends, weekends, the 2026 holidays and make-up workdays (调休). */
class VisitDatesTest {

    private final BusinessCalendar china = BusinessCalendar.chinaOfficeHours(2025, 2026, 2027);

    @Test
    void aMonthAfterTheEndOfAMonthIsThatMonthsLastDay() {
        // 2026-02-28 is a Saturday, but a make-up workday for the Spring Festival: it stays
        assertThat(VisitDates.due(LocalDate.of(2026, 1, 31), Period.ofMonths(1), china))
                .isEqualTo("2026-02-28");
        // 2027-02-28 is a Sunday: the next working day is Monday 1 March
        assertThat(VisitDates.due(LocalDate.of(2027, 1, 31), Period.ofMonths(1), china))
                .isEqualTo("2027-03-01");
        // 31 August + 1 month is 30 September (a Wednesday)
        assertThat(VisitDates.due(LocalDate.of(2026, 8, 31), Period.ofMonths(1), china))
                .isEqualTo("2026-09-30");
    }

    @Test
    void holidaysAndWeekendsMoveToTheNextWorkingDayAndMakeUpWorkdaysCount() {
        // 1 October 2026 falls in the National Day holiday (1-7 October): due on Thursday 8 October
        assertThat(VisitDates.due(LocalDate.of(2026, 9, 1), Period.ofMonths(1), china))
                .isEqualTo("2026-10-08");
        // Saturday 10 October 2026 is a make-up workday
        assertThat(VisitDates.nextWorkingDay(LocalDate.of(2026, 10, 10), china)).isEqualTo("2026-10-10");
        // an ordinary Saturday moves to Monday
        assertThat(VisitDates.nextWorkingDay(LocalDate.of(2026, 11, 14), china)).isEqualTo("2026-11-16");
        // 3 days after Wednesday 30 September is 3 October (holiday): 8 October
        assertThat(VisitDates.due(LocalDate.of(2026, 9, 30), Period.ofDays(3), china))
                .isEqualTo("2026-10-08");
    }

    @Test
    void aHomeDecorationScheduleLandsOnWorkingDaysInOrder() {
        Random random = new Random(20261201);
        for (int i = 0; i < 500; i++) {
            LocalDate completed = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(700));
            LocalDate previous = completed;
            for (int months : new int[] {1, 3, 6, 12}) {
                LocalDate due = VisitDates.due(completed, Period.ofMonths(months), china);
                assertThat(china.isWorkingDay(due))
                        .as("%s + %d months", completed, months)
                        .isTrue();
                assertThat(due).isAfter(previous).isAfterOrEqualTo(completed.plusMonths(months));
                // never more than the longest run of days off (the Spring Festival: 9 days) later
                assertThat(due).isBeforeOrEqualTo(completed.plusMonths(months).plusDays(10));
                previous = due;
            }
        }
    }

    @Test
    void workingDaysBetweenCountsOnlyWorkedDaysAfterTheFirst() {
        // Friday 2 October to Monday 12 October 2026: 8, 9, 10 (make-up Saturday) and 12 October
        assertThat(VisitLadder.workingDaysBetween(LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 12), china))
                .isEqualTo(4);
        assertThat(LocalDate.of(2026, 10, 10).getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(VisitLadder.workingDaysBetween(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 16), china))
                .isZero();
    }
}
