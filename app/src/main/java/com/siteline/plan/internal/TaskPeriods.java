package com.siteline.plan.internal;

import com.siteline.plan.PlanLineView;
import com.siteline.project.ProjectSummary;
import com.siteline.project.StageEvent;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The periods for which a plan line asks for a communication, up to today: every n weeks (Monday to Sunday, counted
 * from a fixed Monday so every node and every version of the plan agrees) while the project is in one of the line's
 * stages (or, naming none, until completion), due on the period's last day; each entry into the line's stage, due the
 * line's days later; the customer's sign-off of the line's stage and the completion, likewise. Nothing before the line came in force, except a stay in the stage that
 * was still running then (due counted from the day the plan came in force).
 */
public final class TaskPeriods {

    /** The Monday weeks are counted from. */
    static final LocalDate FIRST_MONDAY = LocalDate.of(1970, 1, 5);

    /** A time the project spent in a stage ({@code to}: the day it left, null while it is there). */
    public record Stay(String stage, LocalDate from, LocalDate to) {}

    /** A task's days: the period (or trigger day to due day) and the due day. */
    public record Period(LocalDate first, LocalDate last, LocalDate due) {}

    private TaskPeriods() {}

    /** A project's stays in its stages, from its creation and its stage moves, as days in a zone. */
    public static List<Stay> stays(ProjectSummary project, List<StageEvent> history, ZoneId zone) {
        List<Stay> stays = new ArrayList<>();
        String stage = history.isEmpty()
                ? project.currentStageId()
                : history.getFirst().fromStage();
        LocalDate from = project.createdAt().atZone(zone).toLocalDate();
        for (StageEvent move : history) {
            LocalDate day = move.at().atZone(zone).toLocalDate();
            if (stage != null) {
                // (a move from nowhere is the project's start in its first stage)
                stays.add(new Stay(stage, from, day));
            }
            stage = move.toStage();
            from = day;
            if (stage == null) {
                return stays;
            }
        }
        if (stage != null) {
            stays.add(new Stay(stage, from, null));
        }
        return stays;
    }

    /** The first day of the n-week period that holds a day. */
    public static LocalDate periodOf(LocalDate day, int weeks) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        long index = ChronoUnit.WEEKS.between(FIRST_MONDAY, monday);
        return monday.minusWeeks(Math.floorMod(index, weeks));
    }

    /**
     * @param since       the day the line came in force
     * @param stays       the project's stays in its stages, in order
     * @param completedOn the day the works were completed, or null
     * @param signedOn    the days the customer signed stages off, by stage
     */
    public static List<Period> of(
            PlanLineView line,
            LocalDate since,
            List<Stay> stays,
            LocalDate completedOn,
            java.util.Map<String, LocalDate> signedOn,
            LocalDate today) {
        List<Period> periods = new ArrayList<>();
        switch (line.trigger()) {
            case EVERY_WEEKS -> {
                int weeks = line.everyWeeks();
                for (LocalDate first = periodOf(since, weeks); !first.isAfter(today); first = first.plusWeeks(weeks)) {
                    LocalDate start = first;
                    LocalDate last = first.plusWeeks(weeks).minusDays(1);
                    boolean active = line.stages().isEmpty()
                            ? !stays.isEmpty()
                                    && !stays.getFirst().from().isAfter(last)
                                    && (completedOn == null || !completedOn.isBefore(start))
                            : stays.stream()
                                    .anyMatch(s -> line.stages().contains(s.stage())
                                            && !s.from().isAfter(last)
                                            && (s.to() == null || !s.to().isBefore(start)));
                    if (active) {
                        periods.add(new Period(first, last, last));
                    }
                }
            }
            case STAGE_ENTERED -> {
                for (Stay stay : stays) {
                    if (!stay.stage().equals(line.stage())
                            || stay.from().isAfter(today)
                            || (stay.to() != null && stay.to().isBefore(since))) {
                        continue;
                    }
                    LocalDate due = (stay.from().isBefore(since) ? since : stay.from()).plusDays(line.withinDays());
                    periods.add(new Period(stay.from(), due, due));
                }
            }
            case STAGE_SIGNED -> {
                LocalDate signed = signedOn.get(line.stage());
                if (signed != null && !signed.isBefore(since) && !signed.isAfter(today)) {
                    LocalDate due = signed.plusDays(line.withinDays());
                    periods.add(new Period(signed, due, due));
                }
            }
            case PROJECT_COMPLETED -> {
                if (completedOn != null && !completedOn.isBefore(since) && !completedOn.isAfter(today)) {
                    LocalDate due = completedOn.plusDays(line.withinDays());
                    periods.add(new Period(completedOn, due, due));
                }
            }
        }
        return periods;
    }
}
