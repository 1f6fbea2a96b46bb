package com.siteline.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.plan.internal.TaskPeriods;
import com.siteline.plan.internal.TaskPeriods.Period;
import com.siteline.plan.internal.TaskPeriods.Stay;
import com.siteline.sdk.PlanLine;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Which periods a plan line asks for: weeks in its stages, entries into its stage, the completion. */
class TaskPeriodsTest {

    private static PlanLineView line(
            PlanLine.Trigger trigger, Integer weeks, List<String> stages, String stage, Integer days) {
        return new PlanLineView(
                "l",
                "目标",
                "内容",
                List.of(PlanLine.CUSTOMER),
                PlanLine.HeldBy.LOG_ENTRY,
                com.siteline.customer.Channel.PHONE,
                trigger,
                weeks,
                stages,
                stage,
                days,
                "PROJECT_MANAGER",
                false);
    }

    // Monday 2026-11-02 .. the project: design until 11-10, construction 11-10 .. 11-25, inspections since 11-25
    private static final List<Stay> STAYS = List.of(
            new Stay("design", LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 10)),
            new Stay("construction", LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 25)),
            new Stay("inspections", LocalDate.of(2026, 11, 25), null));

    @Test
    void aWeeklyLineAsksForEachWeekTheProjectSpentInItsStagesDueOnSunday() {
        List<Period> weeks = TaskPeriods.of(
                line(PlanLine.Trigger.EVERY_WEEKS, 1, List.of("construction"), null, null),
                LocalDate.of(2026, 11, 4),
                STAYS,
                null,
                java.util.Map.of(),
                LocalDate.of(2026, 12, 7));
        assertThat(weeks)
                .containsExactly(
                        new Period(LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 15), LocalDate.of(2026, 11, 15)),
                        new Period(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 22), LocalDate.of(2026, 11, 22)),
                        new Period(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 29), LocalDate.of(2026, 11, 29)));
        // no stage named: every week from the plan in force until completion, up to today's week
        assertThat(TaskPeriods.of(
                                line(PlanLine.Trigger.EVERY_WEEKS, 1, List.of(), null, null),
                                LocalDate.of(2026, 11, 20),
                                STAYS,
                                LocalDate.of(2026, 12, 1),
                                java.util.Map.of(),
                                LocalDate.of(2026, 12, 20))
                        .stream()
                        .map(Period::first))
                .containsExactly(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 30));
    }

    @Test
    void periodsOfSeveralWeeksAreTheSameWhicheverDayTheyAreCountedFrom() {
        Random random = new Random(28);
        for (int i = 0; i < 500; i++) {
            int weeks = 1 + random.nextInt(4);
            LocalDate day = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(700));
            LocalDate first = TaskPeriods.periodOf(day, weeks);
            assertThat(first.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
            assertThat(first).isBeforeOrEqualTo(day).isAfter(day.minusWeeks(weeks));
            // every day of the period names the same period
            LocalDate other = first.plusDays(random.nextInt(weeks * 7));
            assertThat(TaskPeriods.periodOf(other, weeks)).isEqualTo(first);
        }
    }

    @Test
    void aStageLineAsksOncePerEntryAndACompletionLineOnce() {
        List<Stay> twice = List.of(
                new Stay("inspections", LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 5)),
                new Stay("rework", LocalDate.of(2026, 11, 5), LocalDate.of(2026, 11, 9)),
                new Stay("inspections", LocalDate.of(2026, 11, 9), null));
        assertThat(TaskPeriods.of(
                        line(PlanLine.Trigger.STAGE_ENTERED, null, List.of(), "inspections", 2),
                        LocalDate.of(2026, 11, 1),
                        twice,
                        null,
                        java.util.Map.of(),
                        LocalDate.of(2026, 11, 20)))
                .containsExactly(
                        new Period(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 4), LocalDate.of(2026, 11, 4)),
                        new Period(LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 11), LocalDate.of(2026, 11, 11)));
        // a stay still running when the plan came in force counts from that day; one that ended before does not
        assertThat(TaskPeriods.of(
                        line(PlanLine.Trigger.STAGE_ENTERED, null, List.of(), "inspections", 2),
                        LocalDate.of(2026, 11, 10),
                        twice,
                        null,
                        java.util.Map.of(),
                        LocalDate.of(2026, 11, 20)))
                .containsExactly(
                        new Period(LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 12), LocalDate.of(2026, 11, 12)));
        assertThat(TaskPeriods.of(
                        line(PlanLine.Trigger.PROJECT_COMPLETED, null, List.of(), null, 3),
                        LocalDate.of(2026, 11, 1),
                        STAYS,
                        LocalDate.of(2026, 11, 30),
                        java.util.Map.of(),
                        LocalDate.of(2026, 12, 7)))
                .containsExactly(
                        new Period(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 3)));
        assertThat(TaskPeriods.of(
                        line(PlanLine.Trigger.PROJECT_COMPLETED, null, List.of(), null, 3),
                        LocalDate.of(2026, 11, 1),
                        STAYS,
                        null,
                        java.util.Map.of(),
                        LocalDate.of(2026, 12, 7)))
                .isEmpty();
    }

    @Test
    void aSigningLineAsksOnceTheCustomerSignedItsStageOff() {
        PlanLineView signed = line(PlanLine.Trigger.STAGE_SIGNED, null, List.of(), "inspections", 2);
        assertThat(TaskPeriods.of(
                        signed,
                        LocalDate.of(2026, 11, 1),
                        STAYS,
                        null,
                        java.util.Map.of("inspections", LocalDate.of(2026, 11, 27)),
                        LocalDate.of(2026, 12, 7)))
                .containsExactly(
                        new Period(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 29), LocalDate.of(2026, 11, 29)));
        // not signed yet, signed before the plan was in force, or another stage signed: nothing
        assertThat(TaskPeriods.of(
                        signed, LocalDate.of(2026, 11, 1), STAYS, null, java.util.Map.of(), LocalDate.of(2026, 12, 7)))
                .isEmpty();
        assertThat(TaskPeriods.of(
                        signed,
                        LocalDate.of(2026, 11, 28),
                        STAYS,
                        null,
                        java.util.Map.of("inspections", LocalDate.of(2026, 11, 27)),
                        LocalDate.of(2026, 12, 7)))
                .isEmpty();
        assertThat(TaskPeriods.of(
                        signed,
                        LocalDate.of(2026, 11, 1),
                        STAYS,
                        null,
                        java.util.Map.of("construction", LocalDate.of(2026, 11, 20)),
                        LocalDate.of(2026, 12, 7)))
                .isEmpty();
    }
}
