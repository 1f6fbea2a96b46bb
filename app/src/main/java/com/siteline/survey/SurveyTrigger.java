package com.siteline.survey;

/** What a survey follows. */
public enum SurveyTrigger {
    /** a customer issue was closed */
    ISSUE_CLOSED,
    /** a member of a survey campaign's sample */
    CAMPAIGN;

    public String messageKey() {
        return "survey.trigger." + name();
    }
}
