package com.siteline.survey;

import java.time.Instant;
import java.util.Map;

/** A survey request as the grid, the issue page and the customer's record show it. */
public record SurveySummary(
        long id,
        long version,
        long customerId,
        String customerName,
        long businessUnitId,
        String unitName,
        String variantId,
        Long issueId,
        String subject,
        String handler,
        SurveyTrigger trigger,
        String templateId,
        int templateVersion,
        SurveyState state,
        Instant dueAt,
        Instant sentAt,
        Instant remindedAt,
        Instant expiresAt,
        Instant answeredAt,
        String answeredBy,
        String answerChannel,
        Integer rating,
        Map<String, Object> answers,
        boolean poorFollowed,
        String skippedBy,
        Instant createdAt) {}
