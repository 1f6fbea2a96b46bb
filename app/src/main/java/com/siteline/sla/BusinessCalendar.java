package com.siteline.sla;

import com.siteline.sla.internal.WeekSchedule;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Business time of one business unit: its week schedule (with breaks), time zone, public holidays and
 * make-up workdays (调休). Deadline arithmetic is exact to the second and fast: the working seconds
 * before each day are summed once, so measuring is O(1) and adding is a binary search over days.
 *
 * <p>Immutable and thread-safe; build a new one when the schedule or the holidays change.
 */
public final class BusinessCalendar {

    /** The dates a calendar covers; deadlines outside are refused rather than guessed. */
    public static final LocalDate FIRST = LocalDate.of(2000, 1, 1);

    public static final LocalDate LAST = LocalDate.of(2100, 12, 31);

    private static final int SECONDS_PER_DAY = 86_400;
    private static final byte NORMAL = 0;
    private static final byte HOLIDAY = 1;
    private static final byte MAKE_UP = 2;

    private final ZoneId zone;
    private final ZoneRules rules;
    /** The zone's offset when it has not changed since {@link #FIRST}, else null. */
    private final ZoneOffset fixedOffset;

    private final long firstEpochDay = FIRST.toEpochDay();
    private final byte[] dayType;
    /** Working intervals in seconds of the day: [dayOfWeek 0..6 | 7 = make-up day][2 * i] start, [2 * i + 1] end. */
    private final int[][] intervals = new int[8][];
    /** Working seconds before day i (cumulative[0] = 0). */
    private final long[] cumulative;

    public BusinessCalendar(ZoneId zone, WeekSchedule week, Collection<CalendarDay> specialDays) {
        this.zone = zone;
        this.rules = zone.getRules();
        this.fixedOffset = fixedSince(rules, FIRST.atStartOfDay(zone).toInstant());
        for (DayOfWeek day : DayOfWeek.values()) {
            intervals[day.getValue() - 1] = seconds(week.hours(day));
        }
        intervals[7] = seconds(week.hours(week.makeUpDay()));
        int days = (int) (LAST.toEpochDay() - firstEpochDay + 1);
        dayType = new byte[days];
        for (CalendarDay special : specialDays) {
            long index = special.date().toEpochDay() - firstEpochDay;
            if (index >= 0 && index < days) {
                dayType[(int) index] = special.kind() == CalendarDay.Kind.HOLIDAY ? HOLIDAY : MAKE_UP;
            }
        }
        cumulative = new long[days + 1];
        for (int i = 0; i < days; i++) {
            cumulative[i + 1] = cumulative[i] + workingSeconds(intervalsOf(i));
        }
    }

    public ZoneId zone() {
        return zone;
    }

    /** Office hours (09:00-12:00, 13:30-18:00, Mon-Fri) in China with the shipped public holiday schedules. */
    public static BusinessCalendar chinaOfficeHours(int... years) {
        List<CalendarDay> days = new ArrayList<>();
        for (int year : years) {
            days.addAll(HolidayCsv.shipped(year));
        }
        return new BusinessCalendar(ZoneId.of("Asia/Shanghai"), WeekSchedule.officeHours(), days);
    }

    /**
     * The moment {@code minutes} of business time after {@code start}: for a positive duration always
     * inside working hours (a deadline that falls on a closing time stays there rather than moving to the
     * next opening).
     */
    public Instant addBusinessMinutes(Instant start, long minutes) {
        if (minutes < 0) {
            throw new IllegalArgumentException("business time cannot be negative: " + minutes);
        }
        if (minutes == 0) {
            return start;
        }
        return instantAt(position(start) + minutes * 60);
    }

    /** Business minutes from {@code from} to {@code to} (negative when {@code to} is earlier), whole minutes. */
    public long businessMinutesBetween(Instant from, Instant to) {
        long seconds = position(to) - position(from);
        return seconds >= 0 ? seconds / 60 : -((-seconds) / 60);
    }

    /** Business seconds from {@code from} to {@code to}, exact. */
    public long businessSecondsBetween(Instant from, Instant to) {
        return position(to) - position(from);
    }

    /** Whether the instant lies within working hours (an opening or closing time counts as within). */
    public boolean isWorkingTime(Instant instant) {
        long local = localSeconds(instant);
        int[] day = intervalsOf(dayIndex(local));
        int second = (int) Math.floorMod(local, SECONDS_PER_DAY);
        for (int i = 0; i < day.length; i += 2) {
            if (second >= day[i] && second <= day[i + 1]) {
                return true;
            }
        }
        return false;
    }

    /** Working days after {@code from} up to and including {@code to} (0 when {@code to} is not after it). */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int days = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to) && !d.isAfter(LAST); d = d.plusDays(1)) {
            days += isWorkingDay(d) ? 1 : 0;
        }
        return days;
    }

    /** Whether the date is worked at all (a weekday that is no holiday, or a make-up workday). */
    public boolean isWorkingDay(LocalDate date) {
        return intervalsOf((int) (date.toEpochDay() - firstEpochDay)).length > 0;
    }

    /**
     * The deadline {@code minutes} of business time after {@code start}, with the clock stopped during
     * the pauses (in any order, overlapping or not): business time inside pauses does not count.
     */
    public Instant deadline(Instant start, long minutes, Collection<Pause> pauses) {
        if (minutes == 0) {
            return start;
        }
        List<Pause> sorted = new ArrayList<>(pauses);
        sorted.sort(Comparator.comparing(Pause::from));
        long remaining = minutes * 60;
        long cursor = position(start);
        for (Pause pause : sorted) {
            long from = Math.max(position(pause.from()), cursor);
            long to = position(pause.to());
            if (to <= cursor) {
                continue;
            }
            if (remaining <= from - cursor) {
                break;
            }
            remaining -= from - cursor;
            cursor = to;
        }
        return instantAt(cursor + remaining);
    }

    /** Working seconds from {@link #FIRST} to the instant. */
    private long position(Instant instant) {
        long local = localSeconds(instant);
        int index = dayIndex(local);
        int second = (int) Math.floorMod(local, SECONDS_PER_DAY);
        long worked = 0;
        int[] day = intervalsOf(index);
        for (int i = 0; i < day.length; i += 2) {
            if (second <= day[i]) {
                break;
            }
            worked += Math.min(second, day[i + 1]) - day[i];
        }
        return cumulative[index] + worked;
    }

    /** The earliest instant at the given working position (the end of a day's hours rather than the next start). */
    private Instant instantAt(long target) {
        if (target > cumulative[cumulative.length - 1]) {
            throw new IllegalArgumentException("the deadline falls after " + LAST + ", beyond this calendar");
        }
        // the day holding the target: the last whose cumulative start is strictly below it (non-working
        // days repeat the same cumulative value, so search for the first value >= target and step back)
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulative[middle] < target) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        int index = low - 1;
        long remaining = target - cumulative[index];
        int[] day = intervalsOf(index);
        for (int i = 0; i < day.length; i += 2) {
            int length = day[i + 1] - day[i];
            if (remaining <= length) {
                return toInstant(index, day[i] + (int) remaining);
            }
            remaining -= length;
        }
        throw new IllegalStateException("inconsistent calendar at day " + index);
    }

    private int[] intervalsOf(int dayIndex) {
        if (dayIndex < 0 || dayIndex >= dayType.length) {
            throw new IllegalArgumentException("date outside " + FIRST + ".." + LAST);
        }
        return switch (dayType[dayIndex]) {
            case HOLIDAY -> new int[0];
            case MAKE_UP -> intervals[7];
            default -> intervals[(int) Math.floorMod(firstEpochDay + dayIndex + 3, 7)];
        };
    }

    private long localSeconds(Instant instant) {
        ZoneOffset offset = fixedOffset != null ? fixedOffset : rules.getOffset(instant);
        return instant.getEpochSecond() + offset.getTotalSeconds();
    }

    private int dayIndex(long localSeconds) {
        return (int) (Math.floorDiv(localSeconds, SECONDS_PER_DAY) - firstEpochDay);
    }

    private Instant toInstant(int dayIndex, int secondOfDay) {
        if (fixedOffset != null) {
            return Instant.ofEpochSecond(
                    (firstEpochDay + dayIndex) * SECONDS_PER_DAY + secondOfDay - fixedOffset.getTotalSeconds());
        }
        return LocalDateTime.of(LocalDate.ofEpochDay(firstEpochDay + dayIndex), LocalTime.ofSecondOfDay(secondOfDay))
                .atZone(zone)
                .toInstant();
    }

    private static int[] seconds(List<TimeRange> ranges) {
        int[] out = new int[ranges.size() * 2];
        for (int i = 0; i < ranges.size(); i++) {
            out[2 * i] = ranges.get(i).startMinute() * 60;
            out[2 * i + 1] = ranges.get(i).endMinute() * 60;
        }
        return out;
    }

    private static long workingSeconds(int[] day) {
        long sum = 0;
        for (int i = 0; i < day.length; i += 2) {
            sum += day[i + 1] - day[i];
        }
        return sum;
    }

    private static ZoneOffset fixedSince(ZoneRules rules, Instant since) {
        if (rules.isFixedOffset()) {
            return rules.getOffset(since);
        }
        boolean changesLater = rules.nextTransition(since) != null;
        return changesLater ? null : rules.getOffset(since);
    }
}
