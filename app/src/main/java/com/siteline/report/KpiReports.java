package com.siteline.report;

import com.siteline.base.Actors;
import com.siteline.base.InvalidInputException;
import com.siteline.issue.IssueQueries;
import com.siteline.issue.IssueTallies;
import com.siteline.issue.SlaFact;
import com.siteline.organization.Role;
import com.siteline.organization.Teams;
import com.siteline.report.internal.KpiFormula;
import com.siteline.report.internal.KpiReport;
import com.siteline.report.internal.KpiRow;
import com.siteline.report.internal.KpiSettings;
import com.siteline.report.internal.KpiWeights;
import com.siteline.report.internal.Percentiles;
import com.siteline.sla.UserZones;
import com.siteline.survey.SurveyService;
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
import java.util.Optional;
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
    public static final Set<SlaGrouping> GROUPINGS =
            EnumSet.of(SlaGrouping.AGENT, SlaGrouping.TEAM, SlaGrouping.UNIT, SlaGrouping.PLUGIN);
    /** An issue repeats one of the same unit, customer and category raised this many days before it or fewer. */
    public static final int REPEAT_DAYS = IssueTallies.REPEAT_DAYS;

    private final IssueQueries issues;
    private final IssueTallies tallies;
    private final Teams teams;
    private final UserZones zones;
    private final KpiSettings settings;
    private final Clock clock;
    private final SurveyService surveys;

    private final ParallelReads reads;

    KpiReports(
            IssueQueries issues,
            IssueTallies tallies,
            Teams teams,
            UserZones zones,
            KpiSettings settings,
            Clock clock,
            SurveyService surveys,
            ParallelReads reads) {
        this.tallies = tallies;
        this.reads = reads;
        this.surveys = surveys;
        this.issues = issues;
        this.teams = teams;
        this.zones = zones;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The scorecard of the month or quarter that holds {@code day}, counted by the database ({@link IssueTallies}):
     * per unit and group the resolutions, feedback, reopens and repeats, the first responses by target and minutes
     * taken (scored here by {@link KpiFormula}), the minutes to resolution; survey ratings of the period's issues.
     * The rows carry no issues: {@link #items} reads those of one row when it is opened.
     */
    @PreAuthorize(Role.Can.REPORT)
    @SuppressWarnings("unchecked")
    public KpiReport scorecard(KpiPeriod period, LocalDate day, SlaGrouping grouping) {
        check(period, day, grouping);
        ZoneId zone = zones.zoneOf(Actors.current());
        LocalDate first = period.first(day);
        LocalDate last = period.last(first);
        Instant start = first.atStartOfDay(zone).toInstant();
        Instant previousStart = period.previous(first).atStartOfDay(zone).toInstant();
        Instant end = last.plusDays(1).atStartOfDay(zone).toInstant();
        Map<Long, KpiWeights> weights = settings.saved();
        Instant now = clock.instant();
        Groupings.TallyKey keyOf = Groupings.tallyKey(grouping, teams);
        IssueTallies.By by = Groupings.by(grouping);
        KpiGroup before = new KpiGroup();
        KpiGroup all = new KpiGroup();
        // the two periods side by side (ParallelReads), each read in its own snapshots
        List<Object> read = reads.all(List.of(
                () -> tally(previousStart, start, by, keyOf, now, weights, before, false),
                () -> tally(start, end, by, keyOf, now, weights, all, true)));
        Map<String, KpiGroup> previous = (Map<String, KpiGroup>) read.get(0);
        Map<String, KpiGroup> current = (Map<String, KpiGroup>) read.get(1);
        List<KpiRow> rows = new ArrayList<>();
        current.forEach((key, group) -> rows.add(group.row(
                key,
                previous.containsKey(key)
                        ? previous.get(key).row(key, KpiFormula.NONE).score()
                        : KpiFormula.NONE)));
        rows.sort(Comparator.comparing((KpiRow r) -> !KpiFormula.has(r.score()))
                .thenComparing(Comparator.comparingDouble(KpiRow::score).reversed())
                .thenComparing(KpiRow::issues, Comparator.reverseOrder())
                .thenComparing(KpiRow::key));
        List<KpiRow> ranked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            KpiRow r = rows.get(i);
            ranked.add(new KpiRow(
                    r.key(),
                    !KpiFormula.has(r.score()) ? 0 : i + 1,
                    r.issues(),
                    r.response(),
                    r.resolution(),
                    r.satisfaction(),
                    r.score(),
                    r.previousScore(),
                    r.responseWeight(),
                    r.resolutionWeight(),
                    r.satisfactionWeight(),
                    r.handlingMedian(),
                    r.repeatRate(),
                    r.reopenRate(),
                    r.items()));
        }
        KpiRow total = all.row("", before.row("", KpiFormula.NONE).score());
        return new KpiReport(period, first, last, grouping, List.copyOf(ranked), total);
    }

    /**
     * The issues behind one row of a scorecard ({@code key} empty and {@code total} for the total row), with
     * each one's figures as {@link #row} defines them; read when the row is opened.
     */
    @PreAuthorize(Role.Can.REPORT)
    @Transactional(readOnly = true)
    public List<KpiRow.KpiItem> items(KpiReport report, String key, boolean total) {
        ZoneId zone = zones.zoneOf(Actors.current());
        Instant start = report.first().atStartOfDay(zone).toInstant();
        Instant end = report.last().plusDays(1).atStartOfDay(zone).toInstant();
        List<SlaFact> facts = issues.slaFacts(start.minus(Duration.ofDays(REPEAT_DAYS)), end);
        Set<Long> repeats = repeats(facts);
        Function<SlaFact, String> keyOf = Groupings.keyOf(report.grouping(), teams);
        List<SlaFact> mine = facts.stream()
                .filter(f -> !f.createdAt().isBefore(start))
                .filter(f -> total || keyOf.apply(f).equals(key))
                .toList();
        Map<Long, Integer> ratings =
                surveys.ratingsOfIssues(mine.stream().map(SlaFact::id).toList());
        return row(key, mine, repeats, ratings, settings.saved(), clock.instant(), KpiFormula.NONE)
                .items();
    }

    private static void check(KpiPeriod period, LocalDate day, SlaGrouping grouping) {
        if (period == null || day == null || grouping == null) {
            throw new InvalidInputException(List.of("report.period.required"));
        }
        if (!GROUPINGS.contains(grouping)) {
            throw new InvalidInputException(List.of("kpi.grouping.unsupported"));
        }
    }

    /** The groups of the issues raised in [from, to), each also added to {@code all}. */
    private Map<String, KpiGroup> tally(
            Instant from,
            Instant to,
            IssueTallies.By by,
            Groupings.TallyKey keyOf,
            Instant now,
            Map<Long, KpiWeights> weights,
            KpiGroup all,
            boolean repeats) {
        Map<String, KpiGroup> groups = new TreeMap<>();
        java.util.function.BiFunction<Long, String, List<KpiGroup>> both =
                (unit, value) -> List.of(groups.computeIfAbsent(keyOf.of(unit, value), k -> new KpiGroup()), all);
        for (IssueTallies.KpiTally t : tallies.kpi(from, to, by, now, repeats)) {
            KpiWeights w = weights.getOrDefault(t.unitId(), KpiWeights.DEFAULTS);
            both.apply(t.unitId(), t.key()).forEach(g -> g.add(t, w));
        }
        for (IssueTallies.ResponseCount r : tallies.responses(from, to, by, now)) {
            int zero = weights.getOrDefault(r.unitId(), KpiWeights.DEFAULTS).responseZeroPercent();
            double score = r.taken() == null ? 0 : KpiFormula.responseScore(r.taken(), r.target(), zero);
            both.apply(r.unitId(), r.key()).forEach(g -> g.response(score, r.count()));
        }
        for (IssueTallies.MinutesCount m : tallies.resolutionMinutes(from, to, by)) {
            both.apply(m.unitId(), m.key()).forEach(g -> g.handling.merge(m.minutes(), m.count(), Integer::sum));
        }
        Optional<long[]> ids = tallies.idRange(from, to);
        if (ids.isPresent()) {
            Map<Long, Integer> ratings = surveys.ratingsOfIssuesBetween(ids.get()[0], ids.get()[1]);
            for (IssueTallies.Member member : tallies.members(ratings.keySet(), from, to, by)) {
                int rating = ratings.get(member.id());
                both.apply(member.unitId(), member.key()).forEach(g -> g.rate(rating));
            }
        }
        return groups;
    }

    /** One group's counts, merged over its units and values, and its row as {@link #row} would make it. */
    private static final class KpiGroup {
        private int issues, resolutionCounted, resolutionMet, feedback, reopened, repeated, responses, rated;
        private double responseSum, ratingSum, responseWeight, resolutionWeight, satisfactionWeight;
        private final java.util.NavigableMap<Long, Integer> handling = new TreeMap<>();

        void add(IssueTallies.KpiTally t, KpiWeights w) {
            issues += t.issues();
            resolutionCounted += t.resolutionCounted();
            resolutionMet += t.resolutionMet();
            feedback += t.feedback();
            reopened += t.reopened();
            repeated += t.repeats();
            responseWeight += (double) w.response() * t.issues();
            resolutionWeight += (double) w.resolution() * t.issues();
            satisfactionWeight += (double) w.satisfaction() * t.issues();
        }

        void response(double score, int count) {
            responseSum += score * count;
            responses += count;
        }

        void rate(int rating) {
            ratingSum += rating;
            rated++;
        }

        KpiRow row(String key, double previousScore) {
            int n = issues;
            double response = responses == 0 ? KpiFormula.NONE : responseSum / responses;
            double resolution = KpiFormula.resolution(resolutionMet, resolutionCounted);
            double satisfaction = rated == 0 ? KpiFormula.NONE : KpiFormula.satisfaction(ratingSum / rated);
            return assemble(
                    key,
                    n,
                    response,
                    resolution,
                    satisfaction,
                    new double[] {responseWeight, resolutionWeight, satisfactionWeight},
                    previousScore,
                    Percentiles.ofCounts(handling, 50),
                    repeated,
                    reopened,
                    feedback,
                    List.of());
        }
    }

    /**
     * One unit's row of a period by the scorecard's definition, survey answers included: the issues raised from
     * {@code from} among {@code withLookback} (which holds the {@link #REPEAT_DAYS} days before too, for repeats).
     * The periodic documents score with this, so a document's score is the scorecard's.
     */
    public KpiRow periodRow(List<SlaFact> withLookback, Instant from) {
        List<SlaFact> facts =
                withLookback.stream().filter(f -> !f.createdAt().isBefore(from)).toList();
        Map<Long, Integer> ratings =
                surveys.ratingsOfIssues(facts.stream().map(SlaFact::id).toList());
        return row("", facts, repeats(withLookback), ratings, settings.saved(), clock.instant(), KpiFormula.NONE);
    }

    /** The issues raised within {@link #REPEAT_DAYS} days after another of the same unit, customer and category. */
    static Set<Long> repeats(List<SlaFact> facts) {
        List<SlaFact> sorted = new ArrayList<>(facts);
        sorted.sort(Comparator.comparing(SlaFact::createdAt).thenComparingLong(SlaFact::id));
        Map<String, Instant> lastRaised = new HashMap<>();
        Set<Long> repeats = new HashSet<>();
        for (SlaFact fact : sorted) {
            if (fact.categoryId() == null) {
                continue;
            }
            String key = fact.businessUnitId() + "/" + fact.customerId() + "/" + fact.categoryId();
            Instant before = lastRaised.put(key, fact.createdAt());
            if (before != null && !before.plus(Duration.ofDays(REPEAT_DAYS)).isBefore(fact.createdAt())) {
                repeats.add(fact.id());
            }
        }
        return repeats;
    }

    /** One group's figures without survey answers; public for the hand-computed fixtures of the tests. */
    public static KpiRow row(
            String key,
            List<SlaFact> facts,
            Set<Long> repeats,
            Map<Long, KpiWeights> saved,
            Instant now,
            double previousScore) {
        return row(key, facts, repeats, Map.of(), saved, now, previousScore);
    }

    /** One group's figures, with the ratings its issues' surveys were answered with (by issue id). */
    public static KpiRow row(
            String key,
            List<SlaFact> facts,
            Set<Long> repeats,
            Map<Long, Integer> ratings,
            Map<Long, KpiWeights> saved,
            Instant now,
            double previousScore) {
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
            items.add(new KpiRow.KpiItem(
                    fact.id(),
                    response,
                    fact.firstResponseTaken(),
                    fact.firstResponseTarget(),
                    counted,
                    met,
                    taken,
                    repeat,
                    fact.reopenedCount() > 0,
                    feedback,
                    ratings.get(fact.id())));
            if (ratings.containsKey(fact.id())) {
                given.add(ratings.get(fact.id()).doubleValue());
            }
        }
        int n = facts.size();
        double response = KpiFormula.mean(responseScores);
        double resolution = KpiFormula.resolution(resolutionMet, resolutionCounted);
        double satisfaction = given.isEmpty() ? KpiFormula.NONE : KpiFormula.satisfaction(KpiFormula.mean(given));
        return assemble(
                key,
                n,
                response,
                resolution,
                satisfaction,
                new double[] {responseWeight, resolutionWeight, satisfactionWeight},
                previousScore,
                Percentiles.of(handling, 50),
                repeated,
                reopened,
                givenFeedback,
                List.copyOf(items));
    }

    /**
     * A row from a group's components: the weights averaged over its {@code n} issues (summed per issue in
     * {@code weightSums}: response, resolution, satisfaction), the score, the repeat and reopen rates.
     */
    private static KpiRow assemble(
            String key,
            int n,
            double response,
            double resolution,
            double satisfaction,
            double[] weightSums,
            double previousScore,
            long handlingMedian,
            int repeated,
            int reopened,
            int feedback,
            List<KpiRow.KpiItem> items) {
        double rw = n == 0 ? KpiWeights.DEFAULTS.response() : weightSums[0] / n;
        double sw = n == 0 ? KpiWeights.DEFAULTS.resolution() : weightSums[1] / n;
        double tw = n == 0 ? KpiWeights.DEFAULTS.satisfaction() : weightSums[2] / n;
        double score = KpiFormula.score(response, resolution, satisfaction, rw, sw, tw);
        return new KpiRow(
                key,
                0,
                n,
                response,
                resolution,
                satisfaction,
                score,
                previousScore,
                rw,
                sw,
                tw,
                handlingMedian,
                n == 0 ? KpiFormula.NONE : 100.0 * repeated / n,
                feedback == 0 ? KpiFormula.NONE : 100.0 * reopened / feedback,
                items);
    }
}
