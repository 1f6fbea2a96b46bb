package com.siteline.survey;

import java.util.List;

/**
 * The answers to one question of a campaign: for a choice question how often each choice was given, overall and
 * per segment; for the five-point scale also the mean; for free text how many wrote something.
 */
public record CampaignResult(String questionId, String question, List<Row> rows, double mean,
        java.util.Map<String, Double> meanBySegment) {

    /** One choice (or "answered" for free text): the total and the count per segment. */
    public record Row(String choiceId, String label, int total, java.util.Map<String, Integer> bySegment) {
    }
}
