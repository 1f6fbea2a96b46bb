package com.siteline.sla;

import com.siteline.base.Message;
import com.siteline.base.RefusedException;
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
    public static class InvalidScheduleException extends RefusedException {
        private final transient List<Message> problems;

        InvalidScheduleException(List<Message> problems) {
            super("calendars.import.refused");
            this.problems = List.copyOf(problems);
        }

        /** Each bad line, in the reader's words. */
        public List<Message> problems() {
            return problems;
        }
    }

    private HolidayCsv() {}

    private static Message.Arg line(int number) {
        return Message.value(Integer.toString(number));
    }

    /** Refuses a schedule, naming each problem. */
    static InvalidScheduleException refuse(List<Message> problems) {
        return new InvalidScheduleException(problems);
    }

    /** A year's CSV to fill in, as {@link #read} reads it: its header and one example line of each kind. */
    public static String template(int year) {
        return "date,kind,name\n" + year + "-01-01,holiday,\u5143\u65e6 New Year\n" + year
                + "-02-07,workday,\u6625\u8282\u8c03\u4f11 Spring Festival make-up day\n";
    }

    public static List<CalendarDay> read(Reader reader) {
        List<CalendarDay> days = new ArrayList<>();
        List<Message> problems = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        try (BufferedReader lines = new BufferedReader(reader)) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                String text = line.strip();
                if (text.isEmpty()
                        || text.startsWith("#")
                        || text.toLowerCase(Locale.ROOT).startsWith("date,")) {
                    continue;
                }
                String[] cells = text.split(",", 3);
                if (cells.length < 2) {
                    problems.add(Message.of("calendars.csv.columns", line(number)));
                    continue;
                }
                LocalDate date;
                try {
                    date = LocalDate.parse(cells[0].strip());
                } catch (DateTimeParseException e) {
                    problems.add(Message.of("calendars.csv.date", line(number), Message.value(cells[0].strip())));
                    continue;
                }
                CalendarDay.Kind kind = switch (cells[1].strip().toLowerCase(Locale.ROOT)) {
                    case "holiday" -> CalendarDay.Kind.HOLIDAY;
                    case "workday" -> CalendarDay.Kind.WORKDAY;
                    default -> null;
                };
                if (kind == null) {
                    problems.add(Message.of("calendars.csv.kind", line(number), Message.value(cells[1].strip())));
                    continue;
                }
                if (!seen.add(date)) {
                    problems.add(Message.of("calendars.csv.twice", line(number), Message.value(date.toString())));
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
