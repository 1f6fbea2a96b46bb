package com.siteline.report.ui;

import com.siteline.issue.IssueStatus;
import com.siteline.issue.IssueTallies;
import com.siteline.sdk.Urgency;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The overview's open-issue figures from one grouped count ({@link IssueTallies#open}): per status and
 * urgency, summed here the way each tile and bar filters the inbox.
 */
public record OpenCounts(List<IssueTallies.OpenTally> tallies, List<LocalDate> days) {

    /** The counts of the user's open issues ({@code assignee}'s only when given) with the days the age bars need. */
    public static OpenCounts of(IssueTallies tallies, String assignee, Instant now, LocalDate today, int[][] ages) {
        List<LocalDate> distinct = days(today, ages);
        return new OpenCounts(tallies.open(assignee, now, distinct), distinct);
    }

    /**
     * The reads of the counts of the open issues of {@code units} (the user's, {@code assignee}'s only when given)
     * in two shares of the units, to run side by side; {@link #merged} makes their results one count.
     */
    public static List<java.util.function.Supplier<?>> shares(
            IssueTallies tallies,
            java.util.Collection<Long> units,
            String assignee,
            Instant now,
            LocalDate today,
            int[][] ages) {
        List<LocalDate> distinct = days(today, ages);
        List<Long> sorted = units.stream().sorted().toList();
        List<Long> odd = new ArrayList<>();
        List<Long> even = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            (i % 2 == 0 ? even : odd).add(sorted.get(i));
        }
        return List.of(
                () -> tallies.open(assignee, now, distinct, even), () -> tallies.open(assignee, now, distinct, odd));
    }

    /** The counts read by {@link #shares} (their two results). */
    @SuppressWarnings("unchecked")
    public static OpenCounts merged(Object first, Object second, LocalDate today, int[][] ages) {
        List<IssueTallies.OpenTally> all = new ArrayList<>((List<IssueTallies.OpenTally>) first);
        all.addAll((List<IssueTallies.OpenTally>) second);
        return new OpenCounts(all, days(today, ages));
    }

    private static List<LocalDate> days(LocalDate today, int[][] ages) {
        List<LocalDate> days = new ArrayList<>();
        days.add(today.minusDays(6));
        for (int[] age : ages) {
            days.add(today.minusDays(age[0] - 1L));
            if (age[1] >= 0) {
                days.add(today.minusDays(age[1]));
            }
        }
        return days.stream().distinct().toList();
    }

    public long open() {
        return tallies.stream().mapToLong(IssueTallies.OpenTally::issues).sum();
    }

    public long breached() {
        return tallies.stream().mapToLong(IssueTallies.OpenTally::breached).sum();
    }

    public long nearing() {
        return tallies.stream().mapToLong(IssueTallies.OpenTally::nearing).sum();
    }

    public long unassigned() {
        return tallies.stream().mapToLong(IssueTallies.OpenTally::unassigned).sum();
    }

    public long promisesOverdue() {
        return tallies.stream()
                .mapToLong(IssueTallies.OpenTally::promisesOverdue)
                .sum();
    }

    public long ofStatus(IssueStatus status) {
        return tallies.stream()
                .filter(t -> t.status() == status)
                .mapToLong(IssueTallies.OpenTally::issues)
                .sum();
    }

    public long ofUrgency(Urgency urgency) {
        return tallies.stream()
                .filter(t -> t.urgency() == urgency)
                .mapToLong(IssueTallies.OpenTally::issues)
                .sum();
    }

    /** Open issues raised before the start of {@code day} (one of the days asked for). */
    public long raisedBefore(LocalDate day) {
        int index = days.indexOf(day);
        if (index < 0) {
            throw new IllegalArgumentException("not counted: " + day);
        }
        return tallies.stream().mapToLong(t -> t.raisedBefore().get(index)).sum();
    }

    /** Open issues raised from {@code age[1]} to {@code age[0]} days before today (no lower end when negative). */
    public long raisedBetween(LocalDate today, int[] age) {
        return raisedBefore(today.minusDays(age[0] - 1L)) - (age[1] < 0 ? 0 : raisedBefore(today.minusDays(age[1])));
    }
}
