package com.siteline.followup.internal;

import com.siteline.sla.CalendarDay;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The public holidays of the national schedule as occasions to greet customers on: each run of holiday days
 * under one name (春节 is nine days) is one occasion on its first day. Make-up workdays (调休) are not occasions.
 */
public final class GreetingOccasions {

    /** A holiday to greet on: its name as the schedule gives it (春节 Spring Festival) and its first day. */
    public record Occasion(String name, LocalDate date) {}

    private GreetingOccasions() {}

    /** The occasions of these special days (any order), by date. */
    public static List<Occasion> of(List<CalendarDay> days) {
        List<CalendarDay> holidays = days.stream()
                .filter(d -> d.kind() == CalendarDay.Kind.HOLIDAY)
                .sorted(java.util.Comparator.comparing(CalendarDay::date))
                .toList();
        List<Occasion> occasions = new ArrayList<>();
        CalendarDay previous = null;
        for (CalendarDay day : holidays) {
            boolean continues = previous != null
                    && previous.name().equals(day.name())
                    && !day.date().isAfter(previous.date().plusDays(1));
            if (!continues && !day.name().isBlank()) {
                occasions.add(new Occasion(day.name(), day.date()));
            }
            previous = day;
        }
        return occasions;
    }

    /** The occasions whose first day is in [from, from + days]. */
    public static List<Occasion> within(List<Occasion> occasions, LocalDate from, int days) {
        return occasions.stream()
                .filter(o -> !o.date().isBefore(from) && !o.date().isAfter(from.plusDays(days)))
                .toList();
    }
}
