package com.siteline.survey;

import com.siteline.sdk.SurveyTemplate;

/** What the survey page shows a customer who opened a link that still works. */
public record OpenSurvey(String customerName, String subject, SurveyTemplate template, int poorAtOrBelow) {}
