package com.siteline.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.followup.internal.GreetingOccasions;
import com.siteline.sla.CalendarDay;
import com.siteline.sla.HolidayCsv;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Holidays as greeting occasions, read off the shipped 2026 schedule and hand-made days. */
class GreetingOccasionsTest {

    @Test
    void eachRunOfAHolidayIsOneOccasionOnItsFirstDayAndMakeUpWorkdaysAreNone() {
        List<GreetingOccasions.Occasion> occasions = GreetingOccasions.of(HolidayCsv.shipped(2026));
        assertThat(occasions)
                .extracting(GreetingOccasions.Occasion::date)
                .containsExactly(
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 2, 15),
                        LocalDate.of(2026, 4, 4),
                        LocalDate.of(2026, 5, 1),
                        LocalDate.of(2026, 6, 19),
                        LocalDate.of(2026, 9, 25),
                        LocalDate.of(2026, 10, 1));
        assertThat(occasions.get(1).name()).isEqualTo("春节 Spring Festival");
        assertThat(occasions).noneMatch(o -> o.name().contains("调休"));
    }

    @Test
    void theSameNameAfterAGapIsANewOccasionAndOrderDoesNotMatter() {
        List<CalendarDay> days = List.of(
                new CalendarDay(LocalDate.of(2030, 5, 3), CalendarDay.Kind.HOLIDAY, "劳动节 Labour Day"),
                new CalendarDay(LocalDate.of(2030, 5, 1), CalendarDay.Kind.HOLIDAY, "劳动节 Labour Day"),
                new CalendarDay(LocalDate.of(2030, 5, 2), CalendarDay.Kind.HOLIDAY, "劳动节 Labour Day"),
                new CalendarDay(LocalDate.of(2030, 5, 6), CalendarDay.Kind.WORKDAY, "劳动节调休"),
                new CalendarDay(LocalDate.of(2030, 5, 9), CalendarDay.Kind.HOLIDAY, "劳动节 Labour Day"),
                new CalendarDay(LocalDate.of(2030, 5, 10), CalendarDay.Kind.HOLIDAY, ""));
        assertThat(GreetingOccasions.of(days))
                .containsExactly(
                        new GreetingOccasions.Occasion("劳动节 Labour Day", LocalDate.of(2030, 5, 1)),
                        new GreetingOccasions.Occasion("劳动节 Labour Day", LocalDate.of(2030, 5, 9)));
    }

    @Test
    void withinKeepsTheOccasionsStartingInTheWindowBothEndsIncluded() {
        List<GreetingOccasions.Occasion> occasions = GreetingOccasions.of(HolidayCsv.shipped(2026));
        assertThat(GreetingOccasions.within(occasions, LocalDate.of(2026, 9, 24), 7))
                .extracting(GreetingOccasions.Occasion::date)
                .containsExactly(LocalDate.of(2026, 9, 25), LocalDate.of(2026, 10, 1));
        assertThat(GreetingOccasions.within(occasions, LocalDate.of(2026, 10, 2), 7))
                .isEmpty();
        assertThat(GreetingOccasions.within(occasions, LocalDate.of(2026, 10, 1), 0))
                .hasSize(1);
    }

    @Test
    void aScheduleNameIsSplitIntoItsChineseAndEnglishAndATypedOneIsKeptWhole() {
        assertThat(Greetings.nameIn("春节 Spring Festival", 0)).isEqualTo("春节");
        assertThat(Greetings.nameIn("春节 Spring Festival", 1)).isEqualTo("Spring Festival");
        assertThat(Greetings.nameIn("公司周年庆", 1)).isEqualTo("公司周年庆");
        assertThat(Greetings.nameIn("Christmas Eve", 0)).isEqualTo("Christmas Eve");
    }
}
