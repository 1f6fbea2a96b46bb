package com.siteline.survey.internal;

import java.util.List;
import java.util.Map;

/**
 * The answers to one question of one or more campaigns: for a choice question how often each choice was given,
 * overall and per group (the segment within a campaign; the segment, campaign, unit or plugin when campaigns are
 * compared); for the five-point scale also the mean; for free text how many wrote something.
 */
public record CampaignResult(
        String questionId, String question, List<Row> rows, double mean, Map<String, Double> meanByGroup) {

    /** One choice (or "answered" for free text): the total and the count per group. */
    public record Row(String choiceId, String label, int total, Map<String, Integer> byGroup) {}
}
