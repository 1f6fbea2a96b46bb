package com.siteline.base.grid;

/** One sort key of a grid query: a column key and a direction. */
public record GridSort(String key, boolean ascending) {

    public static GridSort asc(String key) {
        return new GridSort(key, true);
    }

    public static GridSort desc(String key) {
        return new GridSort(key, false);
    }
}
