package com.siteline.load;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Every write the virtual users made and saw succeed, with the unique text it carries, so that the run can be
 * recounted in the database afterwards: each one there exactly once, and nothing of the run's there that is not here.
 */
public final class Ledger {

    /** What was written: a contact in the communication log, or an issue's step (its note). */
    public enum Kind {
        CONTACT,
        STEP
    }

    public record Entry(Kind kind, String marker, String user, Instant at) {}

    private final ConcurrentLinkedQueue<Entry> entries = new ConcurrentLinkedQueue<>();

    public void add(Kind kind, String marker, String user) {
        entries.add(new Entry(kind, marker, user, Instant.now()));
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    public long count(Kind kind) {
        return entries.stream().filter(e -> e.kind() == kind).count();
    }
}
