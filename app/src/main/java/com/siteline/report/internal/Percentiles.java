package com.siteline.report.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/**
 * Percentiles by nearest rank, the definition SQL's {@code PERCENTILE_DISC} uses: the smallest value
 * that at least p percent of the values do not exceed. The median of 1, 2, 3, 4 is 2.
 */
public final class Percentiles {

    private Percentiles() {}

    /** The {@code p}th percentile (1 to 100) of the values, or -1 when there are none. */
    public static long of(Collection<Long> values, int p) {
        if (values.isEmpty()) {
            return -1;
        }
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }

    /** The same of values given as how often each occurs (value → count), or -1 when there are none. */
    public static long ofCounts(NavigableMap<Long, Integer> counts, int p) {
        long n = counts.values().stream().mapToLong(Integer::longValue).sum();
        if (n == 0) {
            return -1;
        }
        long rank = Math.max((long) Math.ceil(p / 100.0 * n), 1);
        long seen = 0;
        for (Map.Entry<Long, Integer> entry : counts.entrySet()) {
            seen += entry.getValue();
            if (seen >= rank) {
                return entry.getKey();
            }
        }
        return counts.lastKey();
    }
}
