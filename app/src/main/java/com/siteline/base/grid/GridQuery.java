package com.siteline.base.grid;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a grid shows: a quick search, a filter per column and a multi-column sort. A saved view is
 * a stored GridQuery; exports use the same query as the grid.
 */
public record GridQuery(String search, Map<String, ColumnFilter> filters, List<GridSort> sorts) {

    /** Stands for the signed-in user in a choice filter on a user column ("my open issues"). */
    public static final String ME = "@me";
    /** Stands for "nobody" in a choice filter on a user column ("unassigned"). */
    public static final String NOBODY = "@none";

    public GridQuery {
        search = search == null || search.isBlank() ? null : search.strip();
        Map<String, ColumnFilter> kept = new LinkedHashMap<>();
        if (filters != null) {
            filters.forEach((key, filter) -> {
                if (filter != null && !filter.isEmpty()) {
                    kept.put(key, filter);
                }
            });
        }
        filters = Map.copyOf(kept);
        sorts = sorts == null ? List.of() : List.copyOf(sorts);
    }

    public static GridQuery empty() {
        return new GridQuery(null, Map.of(), List.of());
    }

    public GridQuery withSearch(String text) {
        return new GridQuery(text, filters, sorts);
    }

    public GridQuery withFilter(String key, ColumnFilter filter) {
        Map<String, ColumnFilter> changed = new LinkedHashMap<>(filters);
        if (filter == null || filter.isEmpty()) {
            changed.remove(key);
        } else {
            changed.put(key, filter);
        }
        return new GridQuery(search, changed, sorts);
    }

    public GridQuery withSorts(List<GridSort> newSorts) {
        return new GridQuery(search, filters, newSorts);
    }

    public GridQuery sortedBy(GridSort... newSorts) {
        return withSorts(List.of(newSorts));
    }

    public GridQuery choice(String key, String... values) {
        return withFilter(key, new ColumnFilter.Choice(java.util.Set.of(values)));
    }
}
