package com.siteline.report;

import com.siteline.base.Actors;
import com.siteline.base.InvalidInputException;
import com.siteline.issue.IssueQueries;
import com.siteline.issue.SlaFact;
import com.siteline.organization.Role;
import com.siteline.organization.TeamSummary;
import com.siteline.organization.Teams;
import com.siteline.sla.UserZones;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
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

    private final IssueQueries issues;
    private final Teams teams;
    private final UserZones zones;
    private final Clock clock;

    SlaReports(IssueQueries issues, Teams teams, UserZones zones, Clock clock) {
        this.issues = issues;
        this.teams = teams;
        this.zones = zones;
        this.clock = clock;
    }

    /** The groups of the issues raised from {@code first} to {@code last} (both included), largest first. */
    @PreAuthorize(Role.Can.REPORT)
    @Transactional(readOnly = true)
    public List<SlaRow> compliance(LocalDate first, LocalDate last, SlaGrouping grouping) {
        return report(first, last, grouping).rows();
    }

    /** The groups and the total of all the period's issues (medians are not sums of the groups'). */
    @PreAuthorize(Role.Can.REPORT)
    @Transactional(readOnly = true)
    public SlaReport report(LocalDate first, LocalDate last, SlaGrouping grouping) {
        checkPeriod(first, last);
        ZoneId zone = zones.zoneOf(Actors.current());
        Instant from = first.atStartOfDay(zone).toInstant();
        Instant to = last.plusDays(1).atStartOfDay(zone).toInstant();
        Instant now = clock.instant();
        List<SlaFact> all = issues.slaFacts(from, to);
        Function<SlaFact, String> keyOf = keyOf(grouping);
        Map<String, List<SlaFact>> groups = new TreeMap<>();
        for (SlaFact fact : all) {
            groups.computeIfAbsent(keyOf.apply(fact), k -> new ArrayList<>()).add(fact);
        }
        List<SlaRow> rows = new ArrayList<>();
        groups.forEach((key, facts) -> rows.add(row(key, facts, now)));
        rows.sort((a, b) -> Integer.compare(b.issues(), a.issues()));
        return new SlaReport(first, last, grouping, rows, row("", all, now));
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
     * One total per week (Monday to Sunday) for {@code weeks} weeks from {@code firstMonday}, read in one
     * query: each equals {@code report(week's Monday, its Sunday, any grouping).total()}.
     */
    @PreAuthorize(Role.Can.REPORT)
    @Transactional(readOnly = true)
    public List<SlaRow> weekly(LocalDate firstMonday, int weeks) {
        ZoneId zone = zones.zoneOf(Actors.current());
        Instant from = firstMonday.atStartOfDay(zone).toInstant();
        Instant to = firstMonday.plusWeeks(weeks).atStartOfDay(zone).toInstant();
        Instant now = clock.instant();
        List<List<SlaFact>> byWeek = new ArrayList<>();
        for (int i = 0; i < weeks; i++) {
            byWeek.add(new ArrayList<>());
        }
        for (SlaFact fact : issues.slaFacts(from, to)) {
            LocalDate raised = LocalDate.ofInstant(fact.createdAt(), zone);
            byWeek.get((int) (ChronoUnit.DAYS.between(firstMonday, raised) / 7)).add(fact);
        }
        return byWeek.stream().map(facts -> row("", facts, now)).toList();
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
        return new SlaRow(key, facts.size(), frc, frm, nuc, num, rc, rm, Percentiles.of(responseTimes, 50),
                Percentiles.of(responseTimes, 90), Percentiles.of(resolutionTimes, 50), Percentiles.of(resolutionTimes, 90),
                List.copyOf(breached));
    }

    private Function<SlaFact, String> keyOf(SlaGrouping grouping) {
        return Groupings.keyOf(grouping, teams);
    }
}
