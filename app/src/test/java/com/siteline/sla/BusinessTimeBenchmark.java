package com.siteline.sla;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.SplittableRandom;

/**
 * Business-time deadline computations per second on one thread: random starts across 2026 and
 * SLA-sized durations on the 2026 Chinese calendar. Prints its figures; asserts nothing about speed.
 * Run it full size with {@code ./siteline bench}.
 */
public final class BusinessTimeBenchmark {

    /** What one run measured. */
    public record Result(long operations, double seconds, double operationsPerSecond, long checksum) {}

    private BusinessTimeBenchmark() {}

    public static Result run(int operations, int rounds) {
        BusinessCalendar calendar = BusinessCalendar.chinaOfficeHours(2026);
        Instant yearStart = LocalDateTime.parse("2026-01-01T00:00")
                .atZone(ZoneId.of("Asia/Shanghai"))
                .toInstant();
        SplittableRandom random = new SplittableRandom(20261124);
        Instant[] starts = new Instant[operations];
        long[] minutes = new long[operations];
        for (int i = 0; i < operations; i++) {
            starts[i] = yearStart.plusSeconds(random.nextLong(364L * 86_400));
            minutes[i] = 1 + random.nextLong(3 * 450);
        }
        long checksum = 0;
        Result best = null;
        for (int round = 0; round < rounds; round++) {
            long begin = System.nanoTime();
            for (int i = 0; i < operations; i++) {
                checksum += calendar.addBusinessMinutes(starts[i], minutes[i]).getEpochSecond();
            }
            double seconds = (System.nanoTime() - begin) / 1e9;
            Result result = new Result(operations, seconds, operations / seconds, checksum);
            if (best == null || result.operationsPerSecond() > best.operationsPerSecond()) {
                best = result;
            }
        }
        return best;
    }

    /**
     * Recomputes {@code operations} of the benchmark's deadlines and checks each against the calendar's
     * independent measure of business time; returns how many held (all, or it throws naming the first).
     */
    public static int verify(int operations) {
        BusinessCalendar calendar = BusinessCalendar.chinaOfficeHours(2026);
        Instant yearStart = LocalDateTime.parse("2026-01-01T00:00")
                .atZone(ZoneId.of("Asia/Shanghai"))
                .toInstant();
        SplittableRandom random = new SplittableRandom(20261124);
        int held = 0;
        for (int i = 0; i < operations; i++) {
            Instant start = yearStart.plusSeconds(random.nextLong(364L * 86_400));
            long minutes = 1 + random.nextLong(3 * 450);
            Instant due = calendar.addBusinessMinutes(start, minutes);
            if (calendar.businessMinutesBetween(start, due) != minutes || !due.isAfter(start)) {
                throw new AssertionError("deadline " + due + " is not " + minutes + " business minutes after " + start);
            }
            held++;
        }
        return held;
    }

    public static void main(String[] args) {
        int operations = args.length > 0 ? Integer.parseInt(args[0]) : 5_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Result result = run(operations, rounds);
        System.out.printf(
                "business-time deadlines: %,d per round, best of %d rounds: %.3f s, %,.0f deadlines/s on one thread"
                        + " (target: 1,000,000/s)%n",
                result.operations(), rounds, result.seconds(), result.operationsPerSecond());
    }
}
