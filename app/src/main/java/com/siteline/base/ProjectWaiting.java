package com.siteline.base;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * What waits on a project manager's projects, told by the module that knows it (a signature the customer has not
 * given, a communication task past its day, an issue assigned to them, a repair job not done): the project manager's
 * worklist collects every module's without knowing the modules.
 */
public interface ProjectWaiting {

    /**
     * One waiting thing.
     *
     * @param kind its bundle key's last part ({@code worklist.kind.<kind>})
     * @param what its title as its record says it
     * @param link the page that settles it
     * @param late past its day or waiting longer than it should
     */
    record Item(String kind, long projectId, String what, Instant since, String link, boolean late) {}

    /** What waits on these projects, oldest first, at most {@code limit}. */
    List<Item> on(Collection<Long> projectIds, int limit);

    /** The ids as an SQL list ("1, 2, 3"): numbers, never text, so they are safe to write into a statement. */
    static String inList(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
    }
}
