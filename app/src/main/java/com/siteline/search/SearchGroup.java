package com.siteline.search;

import java.util.List;

/** The hits of one record type, best first, and how many of the user's records of that type match in all. */
public record SearchGroup(String kind, long total, List<SearchHit> hits) {
}
