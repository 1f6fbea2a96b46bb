package com.siteline.report;

import com.siteline.base.Actors;
import com.siteline.base.InvalidInputException;
import com.siteline.issue.IssueQueries;
import com.siteline.issue.SlaFact;
import com.siteline.organization.Role;
import com.siteline.organization.Teams;
import com.siteline.sla.UserZones;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The KPI scorecard (reports/kpi) of a month or quarter in the manager's units, per agent, team, unit or
 * plugin: the weighted score of {@link KpiFormula}, ranked, with the change against the period before
 * and the secondary figures. Satisfaction is the mean rating of the answered surveys of the group's issues;
 * a group without any has no satisfaction, and its score scales the other two weights up rather than
 * inventing a rating.
 */
@Service
public class KpiReports {

    /** The groupings a scorecard is made for. */
    public static final Set<SlaGrouping> GROUPINGS = EnumSet.of(SlaGrouping.AGENT, SlaGrouping.TEAM, SlaGrouping.UNIT,
            SlaGrouping.PLUGIN);
    /** An issue repeats one of the same customer and category raised this many days before it or fewer. */
    public static final int REPEAT_DAYS = 30;

    private final IssueQueries issues;
    private final Teams teams;
    private final UserZones zones;
    private final KpiSettings settings;
    private final Clock clock;
    private final com.siteline.survey.SurveyService surveys;

    KpiReports(IssueQueries issues, Teams teams, UserZones zones, KpiSettings settings, Clock clock,
            com.siteline.survey.SurveyService surveys) {
        this.surveys = surveys;
        this.issues = issues;
        this.teams = teams;
        this.zones = zones;
        this.settings = settings;
        this.clock = clock;
    }

    /** The scorecard of the month or quarter that holds {@code day}. */
    @PreAuthorize(Role.Can.REPORT)
    @Transactional(readOnly = true)
    public KpiReport scorecard(KpiPeriod period, LocalDate day, SlaGrouping grouping) {
        if (period == null || day == null || grouping == null) {
            throw new InvalidInputException(List.of("report.period.required"));
        }
        if (!GROUPINGS.contains(grouping)) {
            throw new InvalidInputException(List.of("kpi.grouping.unsupported"));
        }
        ZoneId zone = zones.zoneOf(Actors.current());
        LocalDate first = period.first(day);
        LocalDate last = period.last(first);
        LocalDate previousFirst = period.previous(first);
        Instant start = first.atStartOfDay(zone).toInstant();
        Instant previousStart = previousFirst.atStartOfDay(zone).toInstant();
        Instant end = last.plusDays(1).atStartOfDay(zone).toInstant();
        // repeats are a figure of this period only: look back 30 days before it (or to the period before, if earlier)
        Instant thirtyDaysBefore = start.minus(Duration.ofDays(REPEAT_DAYS));
        Instant lookback = thirtyDaysBefore.isBefore(previousStart) ? thirtyDaysBefore : previousStart;
        List<SlaFact> facts = issues.slaFacts(lookback, end);
        Set<Long> repeats = repeats(facts);
        List<SlaFact> current = new ArrayList<>();
        List<SlaFact> before = new ArrayList<>();
        for (SlaFact fact : facts) {
            if (!fact.createdAt().isBefore(start)) {
                current.add(fact);
            } else if (!fact.createdAt().isBefore(previousStart)) {
                before.add(fact);
            }
        }
        Map<Long, KpiWeights> weights = settings.saved();
        Map<Long, Integer> ratings = surveys.ratingsOfIssues(java.util.stream.Stream.concat(current.stream(),
                before.stream()).map(SlaFact::id).toList());
        Instant now = clock.instant();
        Function<SlaFact, String> keyOf = Groupings.keyOf(grouping, teams);
        Map<String, Double> previousScores = new HashMap<>();
        groups(before, keyOf).forEach((key, list) ->
                previousScores.put(key, row(key, list, repeats, ratings, weights, now, KpiFormula.NONE).score()));
        List<KpiRow> rows = new ArrayList<>();
        groups(current, keyOf).forEach((key, list) ->
                rows.add(row(key, list, repeats, ratings, weights, now, previousScores.getOrDefault(key, KpiFormula.NONE))));
        rows.sort(Comparator.comparing((KpiRow r) -> !KpiFormula.has(r.score()))
                .thenComparing(Comparator.comparingDouble(KpiRow::score).reversed())
                .thenComparing(KpiRow::issues, Comparator.reverseOrder()).thenComparing(KpiRow::key));
        List<KpiRow> ranked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            KpiRow r = rows.get(i);
            ranked.add(new KpiRow(r.key(), !KpiFormula.has(r.score()) ? 0 : i + 1, r.issues(), r.response(),
                    r.resolution(), r.satisfaction(), r.score(), r.previousScore(), r.responseWeight(),
                    r.resolutionWeight(), r.satisfactionWeight(), r.handlingMedian(), r.repeatRate(), r.reopenRate(),
                    r.items()));
        }
        KpiRow total = row("", current, repeats, ratings, weights, now, row("", before, repeats, ratings, weights, now,
                KpiFormula.NONE)
                .score());
        return new KpiReport(period, first, last, grouping, List.copyOf(ranked), total);
    }

    private static Map<String, List<SlaFact>> groups(List<SlaFact> facts, Function<SlaFact, String> keyOf) {
        Map<String, List<SlaFact>> groups = new TreeMap<>();
        for (SlaFact fact : facts) {
            groups.computeIfAbsent(keyOf.apply(fact), k -> new ArrayList<>()).add(fact);
        }
        return groups;
    }

    /** The issues raised within {@link #REPEAT_DAYS} days after another of the same customer and category. */
    static Set<Long> repeats(List<SlaFact> facts) {
        List<SlaFact> sorted = new ArrayList<>(facts);
        sorted.sort(Comparator.comparing(SlaFact::createdAt).thenComparingLong(SlaFact::id));
        Map<String, Instant> lastRaised = new HashMap<>();
        Set<Long> repeats = new HashSet<>();
        for (SlaFact fact : sorted) {
            if (fact.categoryId() == null) {
                continue;
            }
            String key = fact.customerId() + "/" + fact.categoryId();
            Instant before = lastRaised.put(key, fact.createdAt());
            if (before != null && !before.plus(Duration.ofDays(REPEAT_DAYS)).isBefore(fact.createdAt())) {
                repeats.add(fact.id());
            }
        }
        return repeats;
    }

    /** One group's figures without survey answers; public for the hand-computed fixtures of the tests. */
    public static KpiRow row(String key, List<SlaFact> facts, Set<Long> repeats, Map<Long, KpiWeights> saved,
            Instant now, double previousScore) {
        return row(key, facts, repeats, Map.of(), saved, now, previousScore);
    }

    /** One group's figures, with the ratings its issues' surveys were answered with (by issue id). */
    public static KpiRow row(String key, List<SlaFact> facts, Set<Long> repeats, Map<Long, Integer> ratings,
            Map<Long, KpiWeights> saved, Instant now, double previousScore) {
        List<Double> given = new ArrayList<>();
        List<Double> responseScores = new ArrayList<>();
        List<Long> handling = new ArrayList<>();
        List<KpiRow.KpiItem> items = new ArrayList<>();
        int resolutionCounted = 0, resolutionMet = 0, repeated = 0, reopened = 0, givenFeedback = 0;
        double responseWeight = 0, resolutionWeight = 0, satisfactionWeight = 0;
        for (SlaFact fact : facts) {
            KpiWeights weights = saved.getOrDefault(fact.businessUnitId(), KpiWeights.DEFAULTS);
            responseWeight += weights.response();
            resolutionWeight += weights.resolution();
            satisfactionWeight += weights.satisfaction();
            double response = KpiFormula.responseScore(fact, now, weights.responseZeroPercent());
            if (KpiFormula.has(response)) {
                responseScores.add(response);
            }
            boolean counted = fact.resolutionCounts(now);
            boolean met = counted && fact.resolutionMet();
            resolutionCounted += counted ? 1 : 0;
            resolutionMet += met ? 1 : 0;
            boolean feedback = fact.resolvedAt() != null || fact.reopenedCount() > 0;
            givenFeedback += feedback ? 1 : 0;
            reopened += fact.reopenedCount() > 0 ? 1 : 0;
            boolean repeat = repeats.contains(fact.id());
            repeated += repeat ? 1 : 0;
            Long taken = fact.resolvedAt() != null ? fact.resolutionTaken() : null;
            if (taken != null) {
                handling.add(taken);
            }
            items.add(new KpiRow.KpiItem(fact.id(), response, fact.firstResponseTaken(), fact.firstResponseTarget(),
                    counted, met, taken, repeat, fact.reopenedCount() > 0, feedback, ratings.get(fact.id())));
            if (ratings.containsKey(fact.id())) {
                given.add(ratings.get(fact.id()).doubleValue());
            }
        }
        int n = facts.size();
        double response = KpiFormula.mean(responseScores);
        double resolution = KpiFormula.resolution(resolutionMet, resolutionCounted);
        double satisfaction = given.isEmpty() ? KpiFormula.NONE : KpiFormula.satisfaction(KpiFormula.mean(given));
        double rw = n == 0 ? KpiWeights.DEFAULTS.response() : responseWeight / n;
        double sw = n == 0 ? KpiWeights.DEFAULTS.resolution() : resolutionWeight / n;
        double tw = n == 0 ? KpiWeights.DEFAULTS.satisfaction() : satisfactionWeight / n;
        double score = KpiFormula.score(response, resolution, satisfaction, rw, sw, tw);
        return new KpiRow(key, 0, n, response, resolution, satisfaction, score, previousScore, rw, sw, tw,
                Percentiles.of(handling, 50), n == 0 ? KpiFormula.NONE : 100.0 * repeated / n,
                givenFeedback == 0 ? KpiFormula.NONE : 100.0 * reopened / givenFeedback, List.copyOf(items));
    }
}
