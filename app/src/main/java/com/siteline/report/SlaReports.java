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
        ZoneId zone = zones.zoneOf(Actors.current());
        Instant from = first.atStartOfDay(zone).toInstant();
        Instant to = last.plusDays(1).atStartOfDay(zone).toInstant();
        Instant now = clock.instant();
        Function<SlaFact, String> keyOf = keyOf(grouping);
        Map<String, List<SlaFact>> groups = new TreeMap<>();
        for (SlaFact fact : issues.slaFacts(from, to)) {
            groups.computeIfAbsent(keyOf.apply(fact), k -> new ArrayList<>()).add(fact);
        }
        List<SlaRow> rows = new ArrayList<>();
        groups.forEach((key, facts) -> rows.add(row(key, facts, now)));
        rows.sort((a, b) -> Integer.compare(b.issues(), a.issues()));
        return rows;
    }

    /**
     * One total per week (Monday to Sunday) for {@code weeks} weeks from {@code firstMonday}, read in one
     * query: each equals {@code total(compliance(week's Monday, its Sunday, any grouping))}.
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

    /** All the issues of the period together. */
    public static SlaRow total(List<SlaRow> rows) {
        int issues = 0, frc = 0, frm = 0, rc = 0, rm = 0;
        List<Long> breached = new ArrayList<>();
        for (SlaRow row : rows) {
            issues += row.issues();
            frc += row.firstResponseCounted();
            frm += row.firstResponseMet();
            rc += row.resolutionCounted();
            rm += row.resolutionMet();
            breached.addAll(row.breached());
        }
        breached.sort(null);
        return new SlaRow("", issues, frc, frm, rc, rm, breached);
    }

    static SlaRow row(String key, List<SlaFact> facts, Instant now) {
        int frc = 0, frm = 0, rc = 0, rm = 0;
        List<Long> breached = new ArrayList<>();
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
        }
        return new SlaRow(key, facts.size(), frc, frm, rc, rm, List.copyOf(breached));
    }

    private Function<SlaFact, String> keyOf(SlaGrouping grouping) {
        return switch (grouping) {
            case UNIT -> fact -> String.valueOf(fact.businessUnitId());
            case AGENT -> fact -> orEmpty(fact.assignee());
            case PLUGIN -> fact -> orEmpty(fact.variantId());
            case CATEGORY -> fact -> orEmpty(fact.categoryId());
            case URGENCY -> fact -> fact.urgency().name();
            case TYPE -> fact -> fact.type().name();
            case TEAM -> {
                List<TeamSummary> all = teams.all();
                yield fact -> fact.assignee() == null ? "" : all.stream()
                        .filter(t -> t.businessUnitId() == fact.businessUnitId())
                        .filter(t -> t.members().contains(fact.assignee()) || fact.assignee().equals(t.lead()))
                        .map(TeamSummary::name).findFirst().orElse("");
            }
        };
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
