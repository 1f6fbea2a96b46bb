package com.siteline.survey;

/** What a survey follows. */
public enum SurveyTrigger {
    /** a customer issue was closed */
    ISSUE_CLOSED;

    public String messageKey() {
        return "survey.trigger." + name();
    }
}
