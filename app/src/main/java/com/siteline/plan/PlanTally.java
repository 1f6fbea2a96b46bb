package com.siteline.plan;

/**
 * Plan vs. held: of the tasks due in a span (cancelled ones left out), how many were held on time, held late,
 * closed as missed, are open past their day, and are open and not due yet.
 */
public record PlanTally(long onTime, long late, long missed, long overdue, long notDue) {

    public static final PlanTally NONE = new PlanTally(0, 0, 0, 0, 0);

    /** Every task the plans asked for in the span. */
    public long planned() {
        return onTime + late + missed + overdue + notDue;
    }

    public PlanTally plus(PlanTally other) {
        return new PlanTally(
                onTime + other.onTime,
                late + other.late,
                missed + other.missed,
                overdue + other.overdue,
                notDue + other.notDue);
    }
}
