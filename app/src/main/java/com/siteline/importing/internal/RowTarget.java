package com.siteline.importing.internal;

import com.siteline.importing.internal.RowResult.Outcome;
import java.util.List;
import java.util.Map;

/**
 * How rows of one kind are checked and written. {@link #plan} decides what a row would become (checked with
 * the rules of the forms, duplicates looked up) and writes nothing; {@link #write} stores a planned row.
 */
public interface RowTarget {

    /** What a row would become, why, and what to write. */
    record Plan(Outcome outcome, List<String> reasons, Object write) {

        static Plan refuse(List<String> reasons) {
            return new Plan(Outcome.REFUSE, List.copyOf(reasons), null);
        }

        static Plan skip(String reason) {
            return new Plan(Outcome.SKIP, List.of(reason), null);
        }
    }

    /** Looks up at once what the rows of a chunk will ask for (existing duplicates), before they are planned. */
    default void prepare(List<Map<String, String>> rows) {}

    Plan plan(Map<String, String> row, boolean updateDuplicates);

    /** Stores the CREATE and UPDATE plans of a chunk (by default one by one). */
    default void writeAll(List<Plan> plans) {
        plans.forEach(this::write);
    }

    /** Stores a CREATE or UPDATE plan; what it creates is remembered, so later rows of the file see it. */
    void write(Plan plan);

    /** Forgets what a rolled-back chunk planned, so its rows are planned afresh. */
    default void forget(Plan plan) {}
}
