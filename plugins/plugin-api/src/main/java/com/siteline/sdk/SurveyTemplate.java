package com.siteline.sdk;

import java.util.List;
import java.util.Objects;

/**
 * A satisfaction survey (满意度调查) and how it is sampled.
 *
 * @param sampleRate          share of the target group asked (1.0 = everyone)
 * @param minimumResponseRate share of those asked who must answer for the survey to count
 * @param targetGroup         who is asked, in words
 */
public record SurveyTemplate(
        String id,
        int version,
        LocalizedText title,
        List<FieldSpec> questions,
        double sampleRate,
        double minimumResponseRate,
        LocalizedText targetGroup) {

    public SurveyTemplate {
        Objects.requireNonNull(id, "id");
        questions = List.copyOf(questions);
        if (sampleRate <= 0 || sampleRate > 1 || minimumResponseRate < 0 || minimumResponseRate > 1) {
            throw new IllegalArgumentException("survey " + id + ": rates are shares between 0 and 1");
        }
    }
}
