package com.siteline.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siteline.base.Message;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked examples on the 2026 Chinese calendar, office hours 09:00-12:00 and 13:30-18:00. */
class BusinessCalendarTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final BusinessCalendar calendar = BusinessCalendar.chinaOfficeHours(2026);

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    @Test
    void theShipped2026ScheduleHasAllItsDays() {
        List<CalendarDay> days = HolidayCsv.shipped(2026);
        assertThat(days).hasSize(39);
        assertThat(days)
                .filteredOn(d -> d.kind() == CalendarDay.Kind.WORKDAY)
                .extracting(CalendarDay::date)
                .containsExactly(
                        LocalDate.of(2026, 1, 4),
                        LocalDate.of(2026, 2, 14),
                        LocalDate.of(2026, 2, 28),
                        LocalDate.of(2026, 5, 9),
                        LocalDate.of(2026, 9, 20),
                        LocalDate.of(2026, 10, 10));
    }

    @Test
    void aDeadlineAcrossTheNationalDayWeekSkipsTheHolidays() {
        // Wednesday 30 September 17:00 + 2 business hours: 1 hour that evening, then 1 October to 7 October off
        assertThat(calendar.addBusinessMinutes(at("2026-09-30T17:00"), 120)).isEqualTo(at("2026-10-08T10:00"));
    }

    @Test
    void makeUpWorkdaysOnWeekendsAreWorked() {
        // Friday 9 October 17:30 + 1 hour: half an hour on Friday, then the make-up Saturday 10 October
        assertThat(calendar.addBusinessMinutes(at("2026-10-09T17:30"), 60)).isEqualTo(at("2026-10-10T09:30"));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 11))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 5))).isFalse();
    }

    @Test
    void theLunchBreakDoesNotCount() {
        assertThat(calendar.addBusinessMinutes(at("2026-11-24T11:30"), 60)).isEqualTo(at("2026-11-24T14:00"));
        assertThat(calendar.businessMinutesBetween(at("2026-11-24T11:00"), at("2026-11-24T14:00")))
                .isEqualTo(90);
        assertThat(calendar.isWorkingTime(at("2026-11-24T12:45"))).isFalse();
    }

    @Test
    void aDeadlineOnClosingTimeStaysThere() {
        assertThat(calendar.addBusinessMinutes(at("2026-11-24T17:00"), 60)).isEqualTo(at("2026-11-24T18:00"));
        // from outside working hours the clock starts at the next opening
        assertThat(calendar.addBusinessMinutes(at("2026-11-24T20:00"), 30)).isEqualTo(at("2026-11-25T09:30"));
        assertThat(calendar.addBusinessMinutes(at("2026-11-28T10:00"), 30)).isEqualTo(at("2026-11-30T09:30"));
    }

    @Test
    void pausesStopTheClock() {
        // 4 business hours from Tuesday 09:00 with the clock stopped from 10:00 to 16:00 (4.5 business hours)
        Instant deadline = calendar.deadline(
                at("2026-11-24T09:00"), 240, List.of(new Pause(at("2026-11-24T10:00"), at("2026-11-24T16:00"))));
        assertThat(deadline).isEqualTo(at("2026-11-25T10:00"));
    }

    @Test
    void aBadScheduleIsRefusedWholeWithEveryLineNamed() {
        String csv = """
                date,kind,name
                2027-01-01,holiday,元旦
                2027-13-01,holiday,不存在的日期
                2027-02-06,rest,错误类型
                2027-01-01,holiday,重复
                """;
        assertThatThrownBy(() -> HolidayCsv.read(new StringReader(csv)))
                .isInstanceOfSatisfying(
                        HolidayCsv.InvalidScheduleException.class,
                        e -> assertThat(e.problems().stream()
                                        .map(BusinessCalendarTest::english)
                                        .toList())
                                .containsExactly(
                                        "line 3: '2027-13-01' is not a date (yyyy-MM-dd)",
                                        "line 4: kind must be holiday or workday, not 'rest'",
                                        "line 5: 2027-01-01 is listed twice"));
    }

    /** A problem as the English bundle says it. */
    private static String english(Message message) {
        java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle("i18n.messages", java.util.Locale.ENGLISH);
        return message.text(
                (key, args) -> args.length == 0
                        ? bundle.getString(key)
                        : new java.text.MessageFormat(bundle.getString(key), java.util.Locale.ENGLISH).format(args),
                String::valueOf);
    }

    @Test
    void negativeDurationsAndDatesBeyondTheCalendarAreRefused() {
        assertThatThrownBy(() -> calendar.addBusinessMinutes(at("2026-11-24T09:00"), -1))
                .hasMessageContaining("negative");
        assertThatThrownBy(() -> calendar.addBusinessMinutes(at("2100-12-31T17:00"), 600))
                .hasMessageContaining("beyond this calendar");
    }
}
