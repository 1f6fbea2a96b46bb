package com.siteline.survey.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * A campaign and how it stands: members asked, answers in, the response rate against its target, per segment
 * (FOCUS, SAMPLED, ALL) members and answers.
 */
public record CampaignSummary(
        long id,
        long version,
        long businessUnitId,
        String unitName,
        String variantId,
        String templateId,
        int templateVersion,
        double focusShare,
        double sampleRate,
        double targetRate,
        long seed,
        int candidates,
        LocalDate endsOn,
        int reminderWaves,
        String createdBy,
        Instant createdAt,
        int members,
        int answered,
        Map<String, int[]> segments) {

    public double responseRate() {
        return members == 0 ? 0 : (double) answered / members;
    }

    public boolean targetMet() {
        return responseRate() >= targetRate;
    }
}
