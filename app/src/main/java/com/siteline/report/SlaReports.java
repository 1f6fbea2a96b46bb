package com.siteline.report;

import com.siteline.base.Actors;
import com.siteline.base.InvalidInputException;
import com.siteline.issue.IssueTallies;
import com.siteline.issue.SlaFact;
import com.siteline.organization.Role;
import com.siteline.organization.Teams;
import com.siteline.report.internal.Percentiles;
import com.siteline.report.internal.SlaReport;
import com.siteline.report.internal.SlaRow;
import com.siteline.sla.UserZones;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Response-time compliance (reports/sla): of the issues raised in a period in the manager's units, the
 * share whose first response and resolution came by their stored due times, per group. Days are the
 * manager's calendar days in their unit's zone.
 */
@Service
public class SlaReports {

    /** A year and a day: longer periods are refused rather than left to run. */
    public static final int MAX_DAYS = 366;

    private final IssueTallies tallies;
    private final Teams teams;
    private final UserZones zones;
    private final Clock clock;
    private final ParallelReads reads;

    SlaReports(IssueTallies tallies, Teams teams, UserZones zones, Clock clock, ParallelReads reads) {
        this.tallies = tallies;
        this.reads = reads;
        this.teams = teams;
        this.zones = zones;
        this.clock = clock;
    }

    /** The groups of the issues raised from {@code first} to {@code last} (both included), largest first. */
    @PreAuthorize(Role.Can.REPORT)
    public List<SlaRow> compliance(LocalDate first, LocalDate last, SlaGrouping grouping) {
        return report(first, last, grouping).rows();
    }

    /**
     * The groups and the total of all the period's issues (medians are not sums of the groups'). Counted by
     * the database ({@link IssueTallies}): the deadlines per unit and group, how often each number of minutes
     * was taken (percentiles by nearest rank from those counts) and the issues that missed one.
     */
    @PreAuthorize(Role.Can.REPORT)
    @SuppressWarnings("unchecked")
    public SlaReport report(LocalDate first, LocalDate last, SlaGrouping grouping) {
        checkPeriod(first, last);
        ZoneId zone = zones.zoneOf(Actors.current());
        Instant from = first.atStartOfDay(zone).toInstant();
        Instant to = last.plusDays(1).atStartOfDay(zone).toInstant();
        Instant now = clock.instant();
        IssueTallies.By by = Groupings.by(grouping);
        Groupings.TallyKey keyOf = Groupings.tallyKey(grouping, teams);
        Map<String, Group> groups = new TreeMap<>();
        Group total = new Group();
        // four independent passes, side by side (ParallelReads): each reads its own snapshot
        List<Object> read = reads.all(List.of(
                () -> tallies.sla(from, to, by, now),
                () -> tallies.firstResponseMinutes(from, to, by),
                () -> tallies.resolutionMinutes(from, to, by),
                () -> tallies.breaches(from, to, by, now)));
        for (IssueTallies.SlaTally tally : (List<IssueTallies.SlaTally>) read.get(0)) {
            group(groups, keyOf.of(tally.unitId(), tally.key())).add(tally);
            total.add(tally);
        }
        for (IssueTallies.MinutesCount m : (List<IssueTallies.MinutesCount>) read.get(1)) {
            group(groups, keyOf.of(m.unitId(), m.key())).responses.merge(m.minutes(), m.count(), Integer::sum);
            total.responses.merge(m.minutes(), m.count(), Integer::sum);
        }
        for (IssueTallies.MinutesCount m : (List<IssueTallies.MinutesCount>) read.get(2)) {
            group(groups, keyOf.of(m.unitId(), m.key())).resolutions.merge(m.minutes(), m.count(), Integer::sum);
            total.resolutions.merge(m.minutes(), m.count(), Integer::sum);
        }
        for (IssueTallies.Breach breach : (List<IssueTallies.Breach>) read.get(3)) {
            group(groups, keyOf.of(breach.unitId(), breach.key())).breached.add(breach.id());
            total.breached.add(breach.id());
        }
        List<SlaRow> rows = new ArrayList<>();
        groups.forEach((key, group) -> rows.add(group.row(key)));
        rows.sort((a, b) -> Integer.compare(b.issues(), a.issues()));
        return new SlaReport(first, last, grouping, rows, total.row(""));
    }

    private static Group group(Map<String, Group> groups, String key) {
        return groups.computeIfAbsent(key, k -> new Group());
    }

    /** One group's counts as the database tallied them, merged over its units and values. */
    private static final class Group {
        private int issues, frc, frm, nuc, num, rc, rm;
        private final NavigableMap<Long, Integer> responses = new TreeMap<>();
        private final NavigableMap<Long, Integer> resolutions = new TreeMap<>();
        private final List<Long> breached = new ArrayList<>();

        void add(IssueTallies.SlaTally t) {
            issues += t.issues();
            frc += t.firstResponseCounted();
            frm += t.firstResponseMet();
            nuc += t.nextUpdateCounted();
            num += t.nextUpdateMet();
            rc += t.resolutionCounted();
            rm += t.resolutionMet();
        }

        SlaRow row(String key) {
            breached.sort(null);
            return new SlaRow(
                    key,
                    issues,
                    frc,
                    frm,
                    nuc,
                    num,
                    rc,
                    rm,
                    Percentiles.ofCounts(responses, 50),
                    Percentiles.ofCounts(responses, 90),
                    Percentiles.ofCounts(resolutions, 50),
                    Percentiles.ofCounts(resolutions, 90),
                    List.copyOf(breached));
        }
    }

    /** Refuses a missing, reversed or too long period with the messages the views show. */
    public static void checkPeriod(LocalDate first, LocalDate last) {
        List<String> problems = new ArrayList<>();
        if (first == null || last == null) {
            problems.add("report.period.required");
        } else if (last.isBefore(first)) {
            problems.add("report.period.reversed");
        } else if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            problems.add("report.period.too-long");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /**
     * One total per week (Monday to Sunday) for {@code weeks} weeks from {@code firstMonday}, counted in one
     * query: each week's counts equal those of {@code report(week's Monday, its Sunday, any grouping).total()}
     * (the weekly rows carry no minutes and no list of issues).
     */
    @PreAuthorize(Role.Can.REPORT)
    @Transactional(readOnly = true)
    public List<SlaRow> weekly(LocalDate firstMonday, int weeks) {
        ZoneId zone = zones.zoneOf(Actors.current());
        List<Instant> bounds = new ArrayList<>();
        for (int i = 0; i <= weeks; i++) {
            bounds.add(firstMonday.plusWeeks(i).atStartOfDay(zone).toInstant());
        }
        List<Group> byWeek = new ArrayList<>();
        for (int i = 0; i < weeks; i++) {
            byWeek.add(new Group());
        }
        for (IssueTallies.SlaTally tally : tallies.slaByPeriod(bounds, clock.instant())) {
            byWeek.get(Integer.parseInt(tally.key())).add(tally);
        }
        return byWeek.stream().map(week -> week.row("")).toList();
    }

    static SlaRow row(String key, List<SlaFact> facts, Instant now) {
        int frc = 0, frm = 0, nuc = 0, num = 0, rc = 0, rm = 0;
        List<Long> breached = new ArrayList<>();
        List<Long> responseTimes = new ArrayList<>();
        List<Long> resolutionTimes = new ArrayList<>();
        for (SlaFact fact : facts) {
            boolean missed = false;
            if (fact.firstResponseCounts(now)) {
                frc++;
                if (fact.firstResponseMet()) {
                    frm++;
                } else {
                    missed = true;
                }
            }
            int updates = fact.nextUpdateCounts(now);
            nuc += updates;
            num += fact.nextUpdateMet();
            missed |= fact.nextUpdateMet() < updates;
            if (fact.resolutionCounts(now)) {
                rc++;
                if (fact.resolutionMet()) {
                    rm++;
                } else {
                    missed = true;
                }
            }
            if (missed) {
                breached.add(fact.id());
            }
            if (fact.firstResponseTaken() != null) {
                responseTimes.add(fact.firstResponseTaken());
            }
            if (fact.resolutionTaken() != null && fact.resolvedAt() != null) {
                resolutionTimes.add(fact.resolutionTaken());
            }
        }
        breached.sort(null);
        return new SlaRow(
                key,
                facts.size(),
                frc,
                frm,
                nuc,
                num,
                rc,
                rm,
                Percentiles.of(responseTimes, 50),
                Percentiles.of(responseTimes, 90),
                Percentiles.of(resolutionTimes, 50),
                Percentiles.of(resolutionTimes, 90),
                List.copyOf(breached));
    }
}
