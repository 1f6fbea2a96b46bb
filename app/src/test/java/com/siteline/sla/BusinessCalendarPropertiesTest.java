package com.siteline.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Properties of business-time arithmetic, checked on many random cases drawn from fixed seeds (so a
 * failure is reproducible: its seed and case are in the message). Starts are anywhere in 2026,
 * including nights, weekends, holidays and make-up workdays; durations up to 60 working days.
 */
class BusinessCalendarPropertiesTest {

    private static final int CASES = 20_000;
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant YEAR_START =
            LocalDateTime.parse("2026-01-01T00:00").atZone(SHANGHAI).toInstant();
    private static final long YEAR_SECONDS = 365L * 86_400;

    private final BusinessCalendar calendar = BusinessCalendar.chinaOfficeHours(2026);

    private static Instant anyMomentOf2026(SplittableRandom random) {
        return YEAR_START.plusSeconds(random.nextLong(YEAR_SECONDS));
    }

    private static long anyDuration(SplittableRandom random) {
        // mostly SLA-sized (minutes to days), sometimes weeks
        return random.nextInt(10) < 8 ? 1 + random.nextLong(3 * 450) : 1 + random.nextLong(60 * 450);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 20261124, 7_777_777})
    void deadlinesNeverLandInNonWorkingTime(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < CASES; i++) {
            Instant start = anyMomentOf2026(random);
            long minutes = anyDuration(random);
            Instant deadline = calendar.addBusinessMinutes(start, minutes);
            assertThat(calendar.isWorkingTime(deadline))
                    .as("seed %d case %d: %s + %d min = %s", seed, i, start, minutes, deadline)
                    .isTrue();
            assertThat(deadline).as("seed %d case %d", seed, i).isAfter(start);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {2, 42, 8_675_309})
    void addingThenMeasuringGivesBackTheDuration(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < CASES; i++) {
            Instant start = anyMomentOf2026(random);
            long minutes = anyDuration(random);
            Instant deadline = calendar.addBusinessMinutes(start, minutes);
            assertThat(calendar.businessMinutesBetween(start, deadline))
                    .as("seed %d case %d: %s + %d min = %s", seed, i, start, minutes, deadline)
                    .isEqualTo(minutes);
            // and it is the earliest such moment: a second earlier is short of the duration
            assertThat(calendar.businessSecondsBetween(start, deadline.minusSeconds(1)))
                    .as("seed %d case %d", seed, i)
                    .isLessThan(minutes * 60);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3, 99, 1_000_003})
    void pausesAddExactlyTheirBusinessLength(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < CASES / 4; i++) {
            Instant start = anyMomentOf2026(random);
            long minutes = anyDuration(random);
            List<Pause> pauses = new ArrayList<>();
            Instant cursor = start;
            int count = random.nextInt(6);
            for (int p = 0; p < count; p++) {
                Instant from = cursor.plusSeconds(random.nextLong(5 * 86_400));
                Instant to = from.plusSeconds(random.nextLong(3 * 86_400));
                pauses.add(new Pause(from, to));
                cursor = to;
            }
            Instant deadline = calendar.deadline(start, minutes, pauses);
            long paused = 0;
            for (Pause pause : pauses) {
                if (pause.from().isBefore(deadline)) {
                    Instant end = pause.to().isBefore(deadline) ? pause.to() : deadline;
                    paused += calendar.businessSecondsBetween(pause.from(), end);
                }
            }
            assertThat(calendar.businessSecondsBetween(start, deadline) - paused)
                    .as("seed %d case %d: %s + %d min with %s = %s", seed, i, start, minutes, pauses, deadline)
                    .isEqualTo(minutes * 60);
            assertThat(calendar.isWorkingTime(deadline))
                    .as("seed %d case %d", seed, i)
                    .isTrue();
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {5, 2026})
    void laterStartsNeverGiveEarlierDeadlines(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < CASES; i++) {
            Instant a = anyMomentOf2026(random);
            Instant b = a.plusSeconds(random.nextLong(7 * 86_400));
            long minutes = anyDuration(random);
            assertThat(calendar.addBusinessMinutes(b, minutes))
                    .as("seed %d case %d", seed, i)
                    .isAfterOrEqualTo(calendar.addBusinessMinutes(a, minutes));
        }
    }
}
