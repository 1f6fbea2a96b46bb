package com.siteline.base.grid;

import java.util.List;

/** The service a grid reads from: one page and the count of a query, for one user. */
public interface GridSource<T> {

    List<T> page(String username, GridQuery query, int offset, int limit);

    long count(String username, GridQuery query);

    /** The count up to {@code cap} ({@code cap + 1}: more); what a grid shows, cheap on millions of rows. */
    default long countUpTo(String username, GridQuery query, int cap) {
        return Math.min(count(username, query), cap + 1L);
    }
}
