package com.siteline.report.internal;

import com.siteline.issue.SlaFact;
import java.time.Instant;
import java.util.Collection;

/**
 * How the KPI scorecard turns issues into 0-100 figures: the one place that defines them (docs/reports.md
 * says the same in words).
 *
 * <ul>
 * <li><b>Response</b>: per issue whose first response counts (made, or due and passed), 100 when it came
 * within the rule's target, 0 at {@code responseZeroPercent} of the target or later (and when it is
 * overdue and still not made), falling in a straight line between; the component is the mean.</li>
 * <li><b>Resolution</b>: resolved by the due time over all whose resolution counts (resolved, or due and
 * passed), times 100.</li>
 * <li><b>Satisfaction</b>: the mean survey rating on the 5-point scale, 1 → 0 and 5 → 100.</li>
 * <li><b>Score</b>: the weighted mean of the components that have data; a component without data is left
 * out and the others' weights scale up to 100 (the row says which were left out); no component: no score.</li>
 * </ul>
 */
public final class KpiFormula {

    /** No data: nothing counted (not a number, so that no real figure, a change of -1 say, is mistaken for it). */
    public static final double NONE = Double.NaN;

    /** Whether a figure has data. */
    public static boolean has(double figure) {
        return !Double.isNaN(figure);
    }

    private KpiFormula() {}

    /** The response score of one issue at {@code now}, or {@link #NONE} when its first response does not count. */
    public static double responseScore(SlaFact fact, Instant now, int zeroPercent) {
        if (fact.firstResponseTarget() == null || !fact.firstResponseCounts(now)) {
            return NONE;
        }
        if (fact.firstRespondedAt() == null || fact.firstResponseTaken() == null) {
            return 0;
        }
        return responseScore(fact.firstResponseTaken(), fact.firstResponseTarget(), zeroPercent);
    }

    /** 100 up to the target, 0 from {@code zeroPercent} of it, a straight line between. */
    public static double responseScore(long taken, long target, int zeroPercent) {
        if (taken <= target) {
            return 100;
        }
        double zeroAt = target * zeroPercent / 100.0;
        if (taken >= zeroAt) {
            return 0;
        }
        return 100 * (zeroAt - taken) / (zeroAt - target);
    }

    /** Resolved in time over counted, times 100; {@link #NONE} when none counted. */
    public static double resolution(int met, int counted) {
        return counted == 0 ? NONE : 100.0 * met / counted;
    }

    /** A 1-5 rating as 0-100. */
    public static double satisfaction(double meanRating) {
        return (meanRating - 1) * 25;
    }

    /** The mean of the scores, {@link #NONE} when there are none. */
    public static double mean(Collection<Double> scores) {
        return scores.isEmpty()
                ? NONE
                : scores.stream().mapToDouble(Double::doubleValue).sum() / scores.size();
    }

    /**
     * The weighted score of the components that have data (weights in percent, scaled up over those);
     * {@link #NONE} when none has data or their weights are all 0.
     */
    public static double score(
            double response,
            double resolution,
            double satisfaction,
            double responseWeight,
            double resolutionWeight,
            double satisfactionWeight) {
        double sum = 0;
        double weights = 0;
        if (has(response)) {
            sum += response * responseWeight;
            weights += responseWeight;
        }
        if (has(resolution)) {
            sum += resolution * resolutionWeight;
            weights += resolutionWeight;
        }
        if (has(satisfaction)) {
            sum += satisfaction * satisfactionWeight;
            weights += satisfactionWeight;
        }
        return weights == 0 ? NONE : sum / weights;
    }
}
