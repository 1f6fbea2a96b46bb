package com.siteline.search;

/**
 * A record type that the search finds: the one place where a module says which of its entity's fields are
 * searched, which is the hit's title, which business unit the record belongs to and which page a hit
 * opens. A module declares one bean per type; the index mapping, the search box and the grid filters all
 * follow from it.
 */
public interface SearchableType {

    /** Stable key of the type: the index's name, the hits' group ({@code search.kind.<kind>} labels it). */
    String kind();

    /** The JPA entity whose rows are indexed (its id is the hit's id). */
    Class<?> entity();

    /** Order of the group among the results (lower first). */
    int order();

    /**
     * The page a hit opens, e.g. {@code customers/42}; {@code parent} is the value of the property declared
     * with {@link SearchFields#parent} (null when none is declared or the record has none).
     */
    String location(long id, Long parent);

    /** The fields, declared on the builder. */
    void declare(SearchFields fields);
}
