package com.siteline.importing.internal;

import com.siteline.base.AppLocales;
import com.siteline.base.SitelineI18NProvider;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reading cells the way office files hold them: a choice by its label in either language or by its code, tags
 * separated by commas (also full-width), dates and times in the common Chinese and ISO spellings.
 */
public final class Values {

    private static final List<DateTimeFormatter> DATE_TIMES = List.of(
            DateTimeFormatter.ofPattern("yyyy-M-d H:mm[:ss]"),
            DateTimeFormatter.ofPattern("yyyy/M/d H:mm[:ss]"),
            DateTimeFormatter.ofPattern("yyyy-M-d'T'H:mm[:ss]"),
            DateTimeFormatter.ofPattern("yyyy\u5e74M\u6708d\u65e5 H:mm[:ss]"),
            DateTimeFormatter.ofPattern("M/d/yy H:mm"));
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("yyyy-M-d"),
            DateTimeFormatter.ofPattern("yyyy/M/d"),
            DateTimeFormatter.ofPattern("yyyy.M.d"),
            DateTimeFormatter.ofPattern("yyyy\u5e74M\u6708d\u65e5"),
            DateTimeFormatter.ofPattern("M/d/yy"));

    private Values() {}

    /** Folds full-width forms, spaces and case, so a full-width "VIP" with a space reads like a plain "vip". */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder folded = new StringBuilder(text.length());
        for (char c : text.strip().toCharArray()) {
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                c = ' ';
            }
            if (!Character.isWhitespace(c)) {
                folded.append(Character.toLowerCase(c));
            }
        }
        return folded.toString();
    }

    /** The constant whose name or label (bundle key {@code prefix + NAME}) in either language the cell holds. */
    public static <E extends Enum<E>> Optional<E> choice(String cell, Class<E> type, String labelPrefix) {
        String wanted = fold(cell);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        for (E constant : type.getEnumConstants()) {
            if (fold(constant.name()).equals(wanted)
                    || labels(labelPrefix + constant.name()).contains(wanted)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    /** A bundle key's text in both languages, folded. */
    public static Set<String> labels(String key) {
        Set<String> labels = new LinkedHashSet<>();
        for (Locale locale : AppLocales.SUPPORTED) {
            ResourceBundle bundle = SitelineI18NProvider.bundle(locale);
            if (bundle.containsKey(key)) {
                labels.add(fold(bundle.getString(key)));
            }
        }
        return labels;
    }

    public static Set<String> tags(String cell) {
        if (cell == null || cell.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(cell.split("[,，;；、]"))
                .map(String::strip)
                .filter(t -> !t.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** A time in the zone; a bare date is its start of day. Empty when blank, null when unreadable. */
    public static Optional<Instant> instant(String cell, ZoneId zone) {
        if (cell == null || cell.isBlank()) {
            return Optional.empty();
        }
        String text = cell.strip();
        for (DateTimeFormatter format : DATE_TIMES) {
            try {
                return Optional.of(
                        LocalDateTime.parse(text, format).atZone(zone).toInstant());
            } catch (DateTimeParseException ignored) {
                // the next spelling
            }
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return Optional.of(
                        LocalDate.parse(text, format).atStartOfDay(zone).toInstant());
            } catch (DateTimeParseException ignored) {
                // the next spelling
            }
        }
        return null;
    }

    /** The id of the unit the cell names (by name or code) among the user's; with one unit, a blank cell is it. */
    public static Optional<Long> unit(String cell, Map<Long, String> units, Map<Long, String> codes) {
        if (cell == null || cell.isBlank()) {
            return units.size() == 1 ? Optional.of(units.keySet().iterator().next()) : Optional.empty();
        }
        String wanted = fold(cell);
        return units.keySet().stream()
                .filter(id -> fold(units.get(id)).equals(wanted)
                        || fold(codes.getOrDefault(id, "")).equals(wanted))
                .findFirst();
    }
}
