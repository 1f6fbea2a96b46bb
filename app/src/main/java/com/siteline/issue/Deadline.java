package com.siteline.issue;

import java.time.Instant;

/**
 * One response-time target of an issue as the grid and the issue page show it.
 *
 * @param kind        which target
 * @param due         when it is due (frozen while paused), or null when the rule sets no such target
 * @param metAt       when it was met, or null
 * @param minutesLeft business (or calendar) minutes left at the time of reading; negative when breached
 */
public record Deadline(
        DeadlineKind kind,
        long targetMinutes,
        boolean businessTime,
        Instant due,
        Instant metAt,
        long minutesLeft,
        State state) {

    public enum State {
        MET,
        ON_TRACK,
        NEARING,
        BREACHED,
        PAUSED
    }
}
