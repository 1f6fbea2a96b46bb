package com.siteline.sla;

import com.siteline.base.Keyed;
import java.time.LocalDate;
import java.util.Objects;

/** A date that breaks the week schedule: a public holiday, or a make-up workday (调休) on a weekend. */
public record CalendarDay(LocalDate date, Kind kind, String name) {

    public enum Kind implements Keyed {
        HOLIDAY,
        WORKDAY;

        @Override
        public String messageKey() {
            return "calendars.kind." + name();
        }
    }

    public CalendarDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        name = name == null ? "" : name;
    }

    /** The name in a language: a schedule names its days in both (Chinese, then English); the user reads one. */
    public String nameIn(java.util.Locale locale) {
        return localized(name, locale);
    }

    /**
     * One language's part of a name written in both, Chinese first and English after a space (the shipped schedules
     * name New Year so); a name in one language only is itself in both.
     */
    public static String localized(String name, java.util.Locale locale) {
        if (name == null) {
            return "";
        }
        int space = name.indexOf(' ');
        while (space > 0) {
            String chinese = name.substring(0, space).strip();
            String english = name.substring(space + 1).strip();
            if (!english.isEmpty()
                    && chinese.codePoints().anyMatch(CalendarDay::isHan)
                    && english.codePoints().noneMatch(CalendarDay::isHan)) {
                return "zh".equals(locale.getLanguage()) ? chinese : english;
            }
            space = name.indexOf(' ', space + 1);
        }
        return name;
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
