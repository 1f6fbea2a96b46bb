package com.siteline.base.grid;

import java.util.Arrays;
import java.util.List;

/**
 * One column of a grid, read by both the query side and the UI: its key (in queries, saved views and
 * column layouts), its header's bundle key, the entity attribute it filters and sorts by, how a filter
 * on it matches, the values a choice filter accepts (when they are fixed), whether it sorts, and
 * whether an index serves it. The sort path is null for a column that does not sort; it may differ from the
 * filter's path (urgency filters by name and sorts by a stored severity rank). A {@code queryOnly} column is a filter key with no column on screen
 * (e.g. "the issues of this customer").
 */
public record GridColumn(
        String key,
        String labelKey,
        String path,
        Match match,
        List<String> values,
        Class<? extends Enum<?>> enumType,
        String sortPath,
        boolean indexed,
        boolean queryOnly) {

    /** How a filter on a column restricts rows; the UI's filter field follows from it. */
    public enum Match {
        /** Not filtered. */
        NONE(FilterKind.NONE),
        /** Case-insensitive "contains" on a text attribute. */
        CONTAINS(FilterKind.TEXT),
        /** "Starts with" on a text attribute (an index can answer it). */
        STARTS_WITH(FilterKind.TEXT),
        /** A tag among the attribute's ",a,b," tags. */
        TAG(FilterKind.TEXT),
        /** One of the chosen values of a string attribute ({@link GridQuery#ME}, {@link GridQuery#NOBODY}). */
        ONE_OF(FilterKind.CHOICE),
        /** One of the chosen constants of an enum attribute. */
        ONE_OF_ENUM(FilterKind.CHOICE),
        /** One of the chosen ids of a numeric attribute. */
        ONE_OF_IDS(FilterKind.CHOICE),
        /** An instant on one of the days of a range, in the grid's time zone. */
        DAYS(FilterKind.DATES),
        /** A date within a range. */
        DATES(FilterKind.DATES),
        /** A text filter the grid's service binds itself. */
        CUSTOM_TEXT(FilterKind.TEXT),
        /** A choice filter the grid's service binds itself. */
        CUSTOM_CHOICE(FilterKind.CHOICE);

        private final FilterKind kind;

        Match(FilterKind kind) {
            this.kind = kind;
        }

        public FilterKind kind() {
            return kind;
        }
    }

    /** The field a filter shows in the grid's header row. */
    public enum FilterKind {
        NONE,
        TEXT,
        CHOICE,
        DATES
    }

    public GridColumn {
        values = values == null ? List.of() : List.copyOf(values);
    }

    private static GridColumn of(String key, String labelKey, String path, Match match) {
        return new GridColumn(key, labelKey, path, match, List.of(), null, null, false, false);
    }

    public static GridColumn plain(String key, String labelKey, String path) {
        return of(key, labelKey, path, Match.NONE);
    }

    public static GridColumn contains(String key, String labelKey, String path) {
        return of(key, labelKey, path, Match.CONTAINS);
    }

    public static GridColumn startsWith(String key, String labelKey, String path) {
        return of(key, labelKey, path, Match.STARTS_WITH);
    }

    public static GridColumn tags(String key, String labelKey, String path) {
        return of(key, labelKey, path, Match.TAG);
    }

    /** Values from the data (users, categories, variants): not fixed in the definition. */
    public static GridColumn oneOf(String key, String labelKey, String path) {
        return of(key, labelKey, path, Match.ONE_OF);
    }

    public static <E extends Enum<E>> GridColumn oneOf(String key, String labelKey, String path, Class<E> type) {
        return new GridColumn(
                key,
                labelKey,
                path,
                Match.ONE_OF_ENUM,
                Arrays.stream(type.getEnumConstants()).map(Enum::name).toList(),
                type,
                null,
                false,
                false);
    }

    public static GridColumn ids(String key, String labelKey, String path) {
        return of(key, labelKey, path, Match.ONE_OF_IDS);
    }

    public static GridColumn days(String key, String labelKey, String path) {
        return of(key, labelKey, path, Match.DAYS);
    }

    public static GridColumn dates(String key, String labelKey, String path) {
        return of(key, labelKey, path, Match.DATES);
    }

    /** A choice filter the service binds itself, over these fixed values. */
    public static GridColumn customChoice(String key, String labelKey, String path, String... values) {
        return new GridColumn(key, labelKey, path, Match.CUSTOM_CHOICE, List.of(values), null, null, false, false);
    }

    public static GridColumn customText(String key, String labelKey, String path) {
        return of(key, labelKey, path, Match.CUSTOM_TEXT);
    }

    public GridColumn sorted() {
        return sortedBy(path);
    }

    /** Sorts by another attribute than the one it filters by. */
    public GridColumn sortedBy(String attribute) {
        return new GridColumn(key, labelKey, path, match, values, enumType, attribute, indexed, queryOnly);
    }

    public boolean sortable() {
        return sortPath != null;
    }

    /** Sorted and filtered with an index's help (documented in the migrations; the benchmark measures it). */
    public GridColumn withIndex() {
        return new GridColumn(key, labelKey, path, match, values, enumType, sortPath, true, queryOnly);
    }

    /** A filter key with no column on screen. */
    public GridColumn filterOnly() {
        return new GridColumn(key, labelKey, path, match, values, enumType, sortPath, indexed, true);
    }

    public FilterKind filterKind() {
        return match.kind();
    }

    /** Whether the choice values are fixed here (an enum or tokens), so a saved value can be checked. */
    public boolean fixedValues() {
        return !values.isEmpty();
    }
}
