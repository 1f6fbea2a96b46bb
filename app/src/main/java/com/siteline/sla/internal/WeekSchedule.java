package com.siteline.sla.internal;

import com.siteline.sla.TimeRange;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Business hours for each day of the week, with breaks as gaps between ranges (a lunch break is
 * 12:00-13:30 missing between 09:00-12:00 and 13:30-18:00). A make-up workday (调休) on a weekend
 * works the hours of {@link #makeUpDay()}.
 */
public record WeekSchedule(Map<DayOfWeek, List<TimeRange>> days, DayOfWeek makeUpDay) {

    public WeekSchedule {
        Map<DayOfWeek, List<TimeRange>> copy = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            List<TimeRange> ranges = new ArrayList<>(days.getOrDefault(day, List.of()));
            ranges.sort((a, b) -> a.start().compareTo(b.start()));
            for (int i = 1; i < ranges.size(); i++) {
                if (ranges.get(i).start().isBefore(ranges.get(i - 1).end())) {
                    throw new IllegalArgumentException(day + ": working hours overlap");
                }
            }
            copy.put(day, List.copyOf(ranges));
        }
        days = Map.copyOf(copy);
    }

    /** Monday to Friday with the same hours; make-up days work like a Monday. */
    public static WeekSchedule weekdays(TimeRange... ranges) {
        Map<DayOfWeek, List<TimeRange>> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(
                DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            days.put(day, List.of(ranges));
        }
        return new WeekSchedule(days, DayOfWeek.MONDAY);
    }

    /** 09:00-12:00 and 13:30-18:00, Monday to Friday: a common office day in China. */
    public static WeekSchedule officeHours() {
        return weekdays(TimeRange.of("09:00", "12:00"), TimeRange.of("13:30", "18:00"));
    }

    public List<TimeRange> hours(DayOfWeek day) {
        return days.get(day);
    }
}
