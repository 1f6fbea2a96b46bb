package com.siteline.search;

import com.siteline.search.internal.SearchHit;
import java.util.List;

/**
 * What a search found, grouped by record type; {@code rebuilding} while the index is being rebuilt;
 * {@code heldBy} names another node when this one may not answer from its embedded index (then nothing is found).
 */
public record SearchResults(
        String query, List<String> terms, List<SearchGroup> groups, boolean rebuilding, String heldBy) {

    /** Whether every group's count is exact. */
    public boolean exact() {
        return groups.stream().allMatch(SearchGroup::exact);
    }

    public long total() {
        return groups.stream().mapToLong(SearchGroup::total).sum();
    }

    public List<SearchHit> hits() {
        return groups.stream().flatMap(g -> g.hits().stream()).toList();
    }
}
