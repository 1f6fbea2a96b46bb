package com.siteline.report.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A unit's KPI settings: the weights of the three components (percent, adding up to 100) and where the
 * response component reaches zero ({@code responseZeroPercent} of the rule's target: 200 means a first
 * response that took twice the target scores 0).
 */
public record KpiWeights(int response, int resolution, int satisfaction, int responseZeroPercent) {

    /** The seeds' weights: response time 30%, resolution rate 40%, customer satisfaction 30%. */
    public static final KpiWeights DEFAULTS = new KpiWeights(30, 40, 30, 200);

    /** What is wrong with these settings, as message keys; empty when they can be saved. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (response < 0
                || resolution < 0
                || satisfaction < 0
                || response > 100
                || resolution > 100
                || satisfaction > 100) {
            problems.add("kpi.settings.weight-range");
        } else if (response + resolution + satisfaction != 100) {
            problems.add("kpi.settings.weights-sum");
        }
        if (responseZeroPercent <= 100 || responseZeroPercent > 1000) {
            problems.add("kpi.settings.zero-range");
        }
        return problems;
    }
}
