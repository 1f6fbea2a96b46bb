package com.siteline.complaint;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * An issue's handling as its page shows it: the teams (with their leads and members), the cause category and impacts,
 * the parties' notes. {@code version} is -1 until the handling is first saved.
 */
public record ComplaintView(
        long issueId,
        long businessUnitId,
        long version,
        Team responsible,
        List<Team> supporting,
        CauseCategory cause,
        Set<Impact> impacts,
        List<Note> notes) {

    /** A team of the unit. */
    public record Team(long id, String name, String lead, Set<String> members) {}

    /** A note, with the team its author wrote for (null when they wrote as the handler or a manager). */
    public record Note(long id, String author, String teamName, String body, Instant writtenAt) {}
}
