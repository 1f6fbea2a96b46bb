package com.siteline.base.grid;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Everything about one grid that its query and its screen share: its id (where layouts and saved
 * views are kept), its columns and its default sort. A module declares it once, in its API package;
 * its service binds it to JPA ({@link JpaGrid}) and its view renders it.
 */
public final class GridDefinition {

    private final String id;
    private final Map<String, GridColumn> columns = new LinkedHashMap<>();
    private final List<GridSort> defaultSort;

    private GridDefinition(String id, List<GridSort> defaultSort, List<GridColumn> columns) {
        this.id = id;
        this.defaultSort = List.copyOf(defaultSort);
        for (GridColumn column : columns) {
            if (this.columns.put(column.key(), column) != null) {
                throw new IllegalArgumentException("grid " + id + " declares column " + column.key() + " twice");
            }
        }
        for (GridSort sort : defaultSort) {
            if (!column(sort.key()).sortable()) {
                throw new IllegalArgumentException("grid " + id + " sorts by default by unsortable " + sort.key());
            }
        }
    }

    public static GridDefinition of(String id, List<GridSort> defaultSort, GridColumn... columns) {
        return new GridDefinition(id, defaultSort, List.of(columns));
    }

    public String id() {
        return id;
    }

    public List<GridSort> defaultSort() {
        return defaultSort;
    }

    public Collection<GridColumn> columns() {
        return columns.values();
    }

    public Optional<GridColumn> find(String key) {
        return Optional.ofNullable(columns.get(key));
    }

    public GridColumn column(String key) {
        GridColumn column = columns.get(key);
        if (column == null) {
            throw new NoSuchElementException("grid " + id + " has no column " + key);
        }
        return column;
    }

    /**
     * What in a query this grid can no longer honour: a column that does not exist (or cannot be filtered
     * or sorted as asked), a choice that is not one of the column's fixed values. Empty when it all holds.
     */
    public List<ViewProblem> check(GridQuery query) {
        List<ViewProblem> problems = new ArrayList<>();
        query.filters().forEach((key, filter) -> {
            GridColumn column = columns.get(key);
            if (column == null || column.filterKind() == GridColumn.FilterKind.NONE) {
                problems.add(new ViewProblem(ViewProblem.Kind.NO_COLUMN, key, null));
            } else if (!fits(column.filterKind(), filter)) {
                problems.add(new ViewProblem(ViewProblem.Kind.WRONG_FILTER, key, null));
            } else if (filter instanceof ColumnFilter.Choice choice && column.fixedValues()) {
                choice.values().stream()
                        .filter(v -> !column.values().contains(v))
                        .sorted()
                        .forEach(v -> problems.add(new ViewProblem(ViewProblem.Kind.NO_VALUE, key, v)));
            }
        });
        for (GridSort sort : query.sorts()) {
            GridColumn column = columns.get(sort.key());
            if (column == null || !column.sortable()) {
                problems.add(new ViewProblem(ViewProblem.Kind.NO_SORT, sort.key(), null));
            }
        }
        return problems;
    }

    /** The part of a query this grid can honour (what a broken saved view still shows). */
    public GridQuery usable(GridQuery query) {
        List<ViewProblem> problems = check(query);
        if (problems.isEmpty()) {
            return query;
        }
        Map<String, ColumnFilter> kept = new LinkedHashMap<>();
        query.filters().forEach((key, filter) -> {
            boolean broken =
                    problems.stream().anyMatch(p -> p.column().equals(key) && p.kind() != ViewProblem.Kind.NO_SORT);
            if (!broken) {
                kept.put(key, filter);
            } else if (filter instanceof ColumnFilter.Choice choice
                    && columns.containsKey(key)
                    && problems.stream()
                            .allMatch(p -> !p.column().equals(key) || p.kind() == ViewProblem.Kind.NO_VALUE)) {
                List<String> values = choice.values().stream()
                        .filter(columns.get(key).values()::contains)
                        .toList();
                if (!values.isEmpty()) {
                    kept.put(key, new ColumnFilter.Choice(java.util.Set.copyOf(values)));
                }
            }
        });
        List<GridSort> sorts = query.sorts().stream()
                .filter(s ->
                        columns.containsKey(s.key()) && columns.get(s.key()).sortable())
                .toList();
        return new GridQuery(query.search(), kept, sorts);
    }

    private static boolean fits(GridColumn.FilterKind kind, ColumnFilter filter) {
        return switch (kind) {
            case TEXT -> filter instanceof ColumnFilter.Text || filter instanceof ColumnFilter.Choice;
            case CHOICE -> filter instanceof ColumnFilter.Choice;
            case DATES -> filter instanceof ColumnFilter.DateRange;
            case NONE -> false;
        };
    }
}
