package com.siteline.base.grid;

/**
 * A named grid query. Built-in views have no id and a bundle key for a name; stored ones belong to
 * their owner and are private or shared with everyone.
 */
public record SavedView(Long id, String owner, String name, boolean shared, GridQuery query, boolean builtIn) {

    public static SavedView builtIn(String nameKey, GridQuery query) {
        return new SavedView(null, null, nameKey, true, query, true);
    }
}
