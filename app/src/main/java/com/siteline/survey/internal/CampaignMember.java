package com.siteline.survey.internal;

import com.siteline.survey.SurveyState;
import java.time.Instant;

/**
 * One customer of a campaign's sample, why they are in it (FOCUS with their rank and last year's complaints and
 * poor ratings, SAMPLED, ALL), and what came of their survey.
 */
public record CampaignMember(
        long requestId,
        long customerId,
        String customerName,
        String segment,
        int rank,
        int complaints,
        int poorRatings,
        SurveyState state,
        Instant answeredAt,
        Integer rating) {}
