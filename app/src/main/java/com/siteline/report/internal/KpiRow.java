package com.siteline.report.internal;

import java.util.List;

/**
 * One group of the KPI scorecard. Figures are 0-100 with {@link KpiFormula#NONE} for "no data"; weights are
 * those of the group's unit (several units: their weights by issue count). {@code items} are the issues
 * behind every number, for the drill-down.
 *
 * @param key the group's value as stored (unit id, username, team name, plugin id); empty for "none"
 * @param previousScore the same group's score in the period before, {@link KpiFormula#NONE} when it had none
 * @param handlingMedian median minutes of target time from raised to resolution, -1 when none resolved
 * @param repeatRate percent of issues whose customer raised one of the same category in the 30 days before
 * @param reopenRate percent of issues given feedback that were taken back to handling, of those given feedback
 */
public record KpiRow(
        String key,
        int rank,
        int issues,
        double response,
        double resolution,
        double satisfaction,
        double score,
        double previousScore,
        double responseWeight,
        double resolutionWeight,
        double satisfactionWeight,
        long handlingMedian,
        double repeatRate,
        double reopenRate,
        List<KpiItem> items) {

    /** The change of the score against the period before; {@link KpiFormula#NONE} when either is missing. */
    public double change() {
        return !KpiFormula.has(score) || !KpiFormula.has(previousScore) ? KpiFormula.NONE : score - previousScore;
    }

    /** One issue behind the numbers: its response score ({@link KpiFormula#NONE} when not counted) and the rest. */
    public record KpiItem(
            long id,
            double responseScore,
            Long responseTaken,
            Long responseTarget,
            boolean resolutionCounted,
            boolean resolutionMet,
            Long resolutionTaken,
            boolean repeat,
            boolean reopened,
            boolean givenFeedback,
            Integer rating) {}
}
