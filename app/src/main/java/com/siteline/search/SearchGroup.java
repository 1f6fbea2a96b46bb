package com.siteline.search;

import com.siteline.search.internal.SearchHit;
import java.util.List;

/**
 * The hits of one record type, best first, and how many of the user's records of that type match: exactly up to
 * {@link #EXACT_UP_TO}, beyond that at least {@code total} ({@code exact} false).
 */
public record SearchGroup(String kind, long total, boolean exact, List<SearchHit> hits) {

    /** Counts are exact up to this many; a broader word is counted as "more than" (the index stops counting). */
    public static final int EXACT_UP_TO = 1_000;
}
