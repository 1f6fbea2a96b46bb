package com.siteline.issue;

import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.siteline.sla.UserZones;
import com.siteline.timer.RecurringTimer;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts kept ahead for the reports (docs/benchmarks.md): per unit, day raised (in the unit's zone) and group,
 * the response-time and KPI counts of the <em>settled</em> issues (closed, no first response or resolution
 * still running, V40_1), whose figures cannot change without a write. The database stamps every write to an
 * issue ({@code changed_at}); a roll re-counts the days of the issues changed since the last one (and, for
 * the repeats, the {@link IssueTallies#REPEAT_DAYS} days after them) and moves the mark. A report then adds the
 * kept counts of its clean days to live counts of what they leave out: unsettled issues, and every issue of a
 * day with a change since the mark ({@link #plan}). The db-scheduler timer {@code issue-rollups} rolls once
 * across nodes ({@code siteline.reports.rollup-every}, default 10 minutes).
 */
@Service
public class IssueRollups {

    /** Writes still open this long before a roll started are trusted to have committed before it read. */
    static final Duration MARGIN = Duration.ofMinutes(5);
    /** Days read at once when counting. */
    private static final int CHUNK_DAYS = 31;
    /** More ranges of changed days than this in one unit make the report read that unit live. */
    private static final int MAX_RANGES = 60;

    private final JdbcTemplate jdbc;
    private final UserZones zones;

    IssueRollups(JdbcTemplate jdbc, UserZones zones) {
        this.jdbc = jdbc;
        this.zones = zones;
    }

    @Bean
    static RecurringTimer issueRollupTimer(
            IssueRollups rollups, @Value("${siteline.reports.rollup-every:PT10M}") Duration every) {
        return () ->
                Tasks.recurring("issue-rollups", FixedDelay.of(every)).execute((instance, context) -> rollups.roll());
    }

    /** Counts every day again, from scratch (after a bulk load that bypassed the marks, say). */
    @Transactional
    public Rolled rollAll() {
        jdbc.update("update issue_tally_mark set watermark = null where id = 1");
        return roll();
    }

    /** What one roll did: the days counted again and the mark it set. */
    public record Rolled(int unitDays, Instant mark) {}

    /** Counts again the days changed since the mark (every day the first time) and moves the mark. */
    @Transactional
    public Rolled roll() {
        // one roll at a time (another waits here, then counts what changed since this one)
        Timestamp previous =
                jdbc.queryForObject("select watermark from issue_tally_mark where id = 1 for update", Timestamp.class);
        Timestamp started = jdbc.queryForObject("select current_timestamp(6)", Timestamp.class);
        Map<Long, TreeSet<LocalDate>> days = new HashMap<>();
        if (previous == null) {
            jdbc.query(
                    "select business_unit_id, min(created_at), max(created_at) from customer_issue"
                            + " group by business_unit_id",
                    rs -> {
                        long unit = rs.getLong(1);
                        ZoneId zone = zones.zoneOfUnit(unit);
                        LocalDate last = day(rs.getTimestamp(3), zone);
                        TreeSet<LocalDate> all = days.computeIfAbsent(unit, u -> new TreeSet<>());
                        for (LocalDate d = day(rs.getTimestamp(2), zone); !d.isAfter(last); d = d.plusDays(1)) {
                            all.add(d);
                        }
                    });
            jdbc.update("delete from issue_day_tally");
        } else {
            changedDays(previous).forEach((unit, changed) -> days.put(unit, expand(changed)));
        }
        int rolled = 0;
        for (Map.Entry<Long, TreeSet<LocalDate>> unit : days.entrySet()) {
            for (LocalDate[] range : ranges(unit.getValue())) {
                for (LocalDate first = range[0]; !first.isAfter(range[1]); first = first.plusDays(CHUNK_DAYS)) {
                    LocalDate last = first.plusDays(CHUNK_DAYS - 1).isAfter(range[1])
                            ? range[1]
                            : first.plusDays(CHUNK_DAYS - 1);
                    rolled += count(unit.getKey(), first, last);
                }
            }
        }
        Instant mark = started.toInstant().minus(MARGIN);
        jdbc.update("update issue_tally_mark set watermark = ? where id = 1", Timestamp.from(mark));
        return new Rolled(rolled, mark);
    }

    /** The days (in each unit's zone) on which the issues changed since {@code mark} were raised. */
    private Map<Long, TreeSet<LocalDate>> changedDays(Timestamp mark) {
        Map<Long, TreeSet<LocalDate>> days = new HashMap<>();
        Map<Long, ZoneId> zoneOf = new HashMap<>();
        jdbc.query(
                "select business_unit_id, created_at from customer_issue where changed_at >= ?",
                rs -> {
                    long unit = rs.getLong(1);
                    ZoneId zone = zoneOf.computeIfAbsent(unit, zones::zoneOfUnit);
                    days.computeIfAbsent(unit, u -> new TreeSet<>()).add(day(rs.getTimestamp(2), zone));
                },
                mark);
        return days;
    }

    /** The days and the {@link IssueTallies#REPEAT_DAYS} after each: a later issue may repeat a changed one. */
    private static TreeSet<LocalDate> expand(TreeSet<LocalDate> days) {
        TreeSet<LocalDate> all = new TreeSet<>();
        for (LocalDate d : days) {
            for (int i = 0; i <= IssueTallies.REPEAT_DAYS; i++) {
                all.add(d.plusDays(i));
            }
        }
        return all;
    }

    /** Runs of consecutive days, first and last. */
    private static List<LocalDate[]> ranges(TreeSet<LocalDate> days) {
        List<LocalDate[]> ranges = new ArrayList<>();
        for (LocalDate d : days) {
            if (!ranges.isEmpty() && ranges.getLast()[1].plusDays(1).equals(d)) {
                ranges.getLast()[1] = d;
            } else {
                ranges.add(new LocalDate[] {d, d});
            }
        }
        return ranges;
    }

    /** Counts the settled issues of one unit raised from {@code first} to {@code last} again; the rows written. */
    private int count(long unit, LocalDate first, LocalDate last) {
        ZoneId zone = zones.zoneOfUnit(unit);
        jdbc.update(
                "delete from issue_day_tally where business_unit_id = ? and tally_day >= ? and tally_day <= ?",
                unit,
                first.toEpochDay(),
                last.toEpochDay());
        int days = (int) (last.toEpochDay() - first.toEpochDay()) + 1;
        List<Object> args = new ArrayList<>();
        // the day's number in the chunk (a chunk of one day, as a unit whose issues were all raised on one day has
        // at its first roll, is day 0: SQL has no "case" without a "when")
        StringBuilder dayOf = new StringBuilder(days == 1 ? "0" : "case");
        for (int i = 1; i < days; i++) {
            dayOf.append(" when created_at < ? then ").append(i - 1);
            args.add(Timestamp.from(first.plusDays(i).atStartOfDay(zone).toInstant()));
        }
        if (days > 1) {
            dayOf.append(" else ").append(days - 1).append(" end");
        }
        Timestamp now = Timestamp.from(Instant.now());
        String flags = IssueTallies.SLA_FLAGS.replace(":now", "?");
        for (int i = 0;
                i < flags.length() - IssueTallies.SLA_FLAGS.replace(":now", "").length();
                i++) {
            args.add(now);
        }
        args.addAll(List.of(
                unit,
                Timestamp.from(first.atStartOfDay(zone).toInstant()),
                Timestamp.from(last.plusDays(1).atStartOfDay(zone).toInstant())));
        // settled issues: their counts do not depend on "now" (no deadline left running)
        Map<KeptRow, int[]> sums = new HashMap<>();
        jdbc.query(
                "select t.d, t.a, t.v, t.c, t.g, t.y, t.ct, count(*), sum(t.frc), sum(t.frm), sum(t.nuc), sum(t.num),"
                        + " sum(t.rc), sum(t.rm), sum(t.missed), sum(t.fb), sum(t.ro), sum(t.rp) from (select " + dayOf
                        + " d,"
                        + " coalesce(assignee, '') a, coalesce(variant_id, '') v, coalesce(category_id, '') c, urgency g,"
                        + " issue_type y, customer_type ct, " + flags + ", " + IssueTallies.KPI_FLAGS + ", "
                        + IssueTallies.REPEAT
                        + " rp from customer_issue i where business_unit_id = ?"
                        + " and created_at >= ? and created_at < ? and settled = true) t"
                        + " group by t.d, t.a, t.v, t.c, t.g, t.y, t.ct",
                rs -> {
                    int d = rs.getInt(1);
                    int[] counts = new int[11];
                    for (int j = 0; j < counts.length; j++) {
                        counts[j] = rs.getInt(8 + j);
                    }
                    for (IssueTallies.By by : IssueTallies.By.values()) {
                        String key = switch (by) {
                            case UNIT -> "";
                            case ASSIGNEE -> rs.getString(2);
                            case VARIANT -> rs.getString(3);
                            case CATEGORY -> rs.getString(4);
                            case URGENCY -> rs.getString(5);
                            case TYPE -> rs.getString(6);
                            case CUSTOMER_TYPE -> rs.getString(7);
                        };
                        int[] sum = sums.computeIfAbsent(new KeptRow(d, by, key.strip()), k -> new int[11]);
                        for (int j = 0; j < sum.length; j++) {
                            sum[j] += counts[j];
                        }
                    }
                },
                args.toArray());
        List<Object[]> rows = new ArrayList<>();
        sums.forEach((row, s) -> rows.add(new Object[] {
            unit,
            first.toEpochDay() + row.day(),
            row.by().name(),
            row.key(),
            s[0],
            s[1],
            s[2],
            s[3],
            s[4],
            s[5],
            s[6],
            s[7],
            s[8],
            s[9],
            s[10]
        }));
        jdbc.batchUpdate(
                "insert into issue_day_tally (business_unit_id, tally_day, dim, grouping_key, issues, frc, frm,"
                        + " nuc, num, rc, rm, missed, feedback, reopened, repeats) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                rows);
        return days;
    }

    /** A kept row of one roll: the day (from the first one counted), the grouping and its value. */
    private record KeptRow(int day, IssueTallies.By by, String key) {}

    private static LocalDate day(Timestamp at, ZoneId zone) {
        return LocalDate.ofInstant(at.toInstant(), zone);
    }

    /**
     * How a report over [from, to) in {@code zone} reads each unit. Units whose days are those of the report
     * (the same zone, a mark set, the bounds at midnight) read {@link #rolled} kept counts for the days from
     * {@code firstDay} before {@code endDay}, except {@code liveDays}; everything else is in {@code live}: the
     * ranges of time whose issues are read live (every day with a change since the mark, with the repeat days
     * after it when {@code repeats}; every other unit's whole period). The rolled units' unsettled issues of the
     * rest of the period are read live too.
     */
    public record Plan(
            Collection<Long> rolled,
            LocalDate firstDay,
            LocalDate endDay,
            List<Live> live,
            Map<Long, List<LocalDate[]>> liveDays) {

        /** Every unit read live: no counts kept ahead are used. */
        boolean allLive() {
            return rolled.isEmpty();
        }
    }

    /** Issues of a unit raised in [from, to) read live. */
    public record Live(long unitId, Instant from, Instant to) {}

    /** How to read the period [from, to) of {@code units} for a report in {@code zone}. */
    Plan plan(Collection<Long> units, ZoneId zone, Instant from, Instant to, boolean repeats) {
        LocalDate firstDay = LocalDate.ofInstant(from, zone);
        LocalDate endDay = LocalDate.ofInstant(to, zone);
        List<Timestamp> marks =
                jdbc.queryForList("select watermark from issue_tally_mark where id = 1", Timestamp.class).stream()
                        .filter(java.util.Objects::nonNull)
                        .toList();
        boolean days = firstDay.atStartOfDay(zone).toInstant().equals(from)
                && endDay.atStartOfDay(zone).toInstant().equals(to);
        List<Long> rolled = new ArrayList<>();
        List<Live> live = new ArrayList<>();
        Map<Long, List<LocalDate[]>> liveDays = new HashMap<>();
        Map<Long, TreeSet<LocalDate>> changed = marks.isEmpty() || !days ? Map.of() : changedDays(marks.getFirst());
        for (long unit : units) {
            TreeSet<LocalDate> dirty = changed.getOrDefault(unit, new TreeSet<>());
            List<LocalDate[]> ranges = ranges(repeats ? expand(dirty) : dirty).stream()
                    .filter(r -> r[1].isAfter(firstDay.minusDays(1)) && r[0].isBefore(endDay))
                    .map(r -> new LocalDate[] {
                        r[0].isBefore(firstDay) ? firstDay : r[0], r[1].isBefore(endDay) ? r[1] : endDay.minusDays(1)
                    })
                    .toList();
            if (marks.isEmpty() || !days || !zones.zoneOfUnit(unit).equals(zone) || ranges.size() > MAX_RANGES) {
                live.add(new Live(unit, from, to));
                continue;
            }
            rolled.add(unit);
            liveDays.put(unit, ranges);
            for (LocalDate[] r : ranges) {
                live.add(new Live(
                        unit,
                        r[0].atStartOfDay(zone).toInstant(),
                        r[1].plusDays(1).atStartOfDay(zone).toInstant()));
            }
        }
        return new Plan(rolled, firstDay, endDay, live, liveDays);
    }
}
