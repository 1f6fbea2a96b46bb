package com.siteline.base.grid;

import java.util.List;

/** The service a grid reads from: one page and the count of a query, for the signed-in user. */
public interface GridSource<T> {

    /** The grid's columns, filters and default sort. */
    GridDefinition definition();

    List<T> page(GridQuery query, int offset, int limit);

    long count(GridQuery query);

    /** The count up to {@code cap} ({@code cap + 1}: more); what a grid shows, cheap on millions of rows. */
    default long countUpTo(GridQuery query, int cap) {
        return Math.min(count(query), cap + 1L);
    }
}
