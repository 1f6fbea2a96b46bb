package com.siteline.base.grid;

import java.util.List;
import java.util.Optional;

/**
 * A full-text index that answers a grid's "contains" filters and quick search (the search module provides it):
 * the ids of the rows whose text contains the words, so the database reads those rows by key instead of
 * scanning every text for {@code LIKE '%…%'}. The grid still applies its own condition to those rows, so the
 * answer is exactly the database's; the index only narrows where it looks.
 */
public interface TextIndex {

    /**
     * The largest id list handed to the database; more matches than this are left to the grid's own query (also
     * OpenSearch's default result window).
     */
    int CAP = 10_000;

    /** Whether the index holds the entity's property. */
    boolean indexes(Class<?> entity, String property);

    /**
     * The ids of the entity's rows (of any unit) of which one of the properties contains the text, or empty when
     * more than {@code cap} do or the index cannot answer now (the grid then runs its own query alone).
     */
    Optional<List<Long>> containing(Class<?> entity, List<String> properties, String text, int cap);

    /** One "contains" condition: one of the properties holds the text. */
    record Match(List<String> properties, String text) {}

    /** Whether the index can order the entity's rows by the property (then by id). */
    boolean sorts(Class<?> entity, String property);

    /**
     * For conditions too broad to hand over as ids: a page of the ids of the rows of the units that meet them all,
     * straight from the index, ordered by the property (then by id, in the same direction); empty when it cannot.
     */
    Optional<List<Long>> page(
            Class<?> entity,
            List<Match> matches,
            java.util.Collection<Long> units,
            String sortProperty,
            boolean ascending,
            int offset,
            int limit);

    /** How many rows of the units meet the conditions, from the index; empty when it cannot say. */
    Optional<Long> count(Class<?> entity, List<Match> matches, java.util.Collection<Long> units);
}
