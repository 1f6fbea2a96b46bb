package com.siteline.sla;

import com.siteline.sla.internal.WeekSchedule;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A business unit's working hours as admins edit them: a morning and an afternoon range (the gap is
 * the lunch break), Monday to Friday and optionally Saturday, in a time zone.
 *
 * @param version optimistic-lock version of the stored row; -1 when the unit still has the defaults
 */
public record BusinessHours(
        ZoneId zone,
        LocalTime morningStart,
        LocalTime morningEnd,
        LocalTime afternoonStart,
        LocalTime afternoonEnd,
        boolean saturdayWorks,
        long version) {

    public static final BusinessHours DEFAULT = new BusinessHours(
            ZoneId.of("Asia/Shanghai"),
            LocalTime.of(9, 0),
            LocalTime.of(12, 0),
            LocalTime.of(13, 30),
            LocalTime.of(18, 0),
            false,
            -1);

    /** What is wrong with these hours, as message keys; empty when they are usable. */
    public List<String> problems() {
        if (!morningStart.isBefore(morningEnd) || !afternoonStart.isBefore(afternoonEnd)) {
            return List.of("calendar.error.range");
        }
        if (afternoonStart.isBefore(morningEnd)) {
            return List.of("calendar.error.overlap");
        }
        return List.of();
    }

    public WeekSchedule schedule() {
        List<TimeRange> day =
                List.of(new TimeRange(morningStart, morningEnd), new TimeRange(afternoonStart, afternoonEnd));
        Map<DayOfWeek, List<TimeRange>> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek weekday : List.of(
                DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            days.put(weekday, day);
        }
        if (saturdayWorks) {
            days.put(DayOfWeek.SATURDAY, day);
        }
        return new WeekSchedule(days, DayOfWeek.MONDAY);
    }
}
