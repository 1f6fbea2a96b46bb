package com.siteline.base.grid;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Tags kept in one column as ",a,b," so that a tag filter is a LIKE on ",tag,". */
public final class Tags {

    private Tags() {}

    public static Set<String> parse(String stored) {
        if (stored == null || stored.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(stored.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public static String format(Collection<String> tags) {
        Set<String> clean = tags.stream()
                .map(t -> t.replace(",", " ").strip())
                .filter(t -> !t.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return clean.isEmpty() ? null : "," + String.join(",", clean) + ",";
    }
}
