package com.siteline.sla;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a year's holiday schedule as published (the format of {@code sla/holidays/cn-2026.csv}):
 * {@code date,kind,name} with kind {@code holiday} or {@code workday}; {@code #} comments and a header
 * line are allowed. A file with any bad line is refused as a whole, every problem named with its
 * line number, so an import never half-applies.
 */
public final class HolidayCsv {

    /** The schedule could not be read; {@link #problems()} names each bad line. */
    public static class InvalidScheduleException extends RuntimeException {
        private final List<String> problems;

        InvalidScheduleException(List<String> problems) {
            super(String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    private HolidayCsv() {
    }

    public static List<CalendarDay> read(Reader reader) {
        List<CalendarDay> days = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        try (BufferedReader lines = new BufferedReader(reader)) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#") || text.toLowerCase(Locale.ROOT).startsWith("date,")) {
                    continue;
                }
                String[] cells = text.split(",", 3);
                if (cells.length < 2) {
                    problems.add("line " + number + ": expected date,kind,name");
                    continue;
                }
                LocalDate date;
                try {
                    date = LocalDate.parse(cells[0].strip());
                } catch (DateTimeParseException e) {
                    problems.add("line " + number + ": '" + cells[0].strip() + "' is not a date (yyyy-MM-dd)");
                    continue;
                }
                CalendarDay.Kind kind = switch (cells[1].strip().toLowerCase(Locale.ROOT)) {
                    case "holiday" -> CalendarDay.Kind.HOLIDAY;
                    case "workday" -> CalendarDay.Kind.WORKDAY;
                    default -> null;
                };
                if (kind == null) {
                    problems.add("line " + number + ": kind must be holiday or workday, not '" + cells[1].strip() + "'");
                    continue;
                }
                if (!seen.add(date)) {
                    problems.add("line " + number + ": " + date + " is listed twice");
                    continue;
                }
                days.add(new CalendarDay(date, kind, cells.length > 2 ? cells[2].strip() : ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!problems.isEmpty()) {
            throw new InvalidScheduleException(problems);
        }
        return days;
    }

    /** The official schedules shipped with Siteline (data files, not code). */
    public static List<CalendarDay> shipped(int year) {
        InputStream in = HolidayCsv.class.getResourceAsStream("/sla/holidays/cn-" + year + ".csv");
        if (in == null) {
            return List.of();
        }
        return read(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
