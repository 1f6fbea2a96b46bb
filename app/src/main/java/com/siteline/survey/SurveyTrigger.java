package com.siteline.survey;

/** What a survey follows. */
public enum SurveyTrigger {
    /** a customer issue was closed */
    ISSUE_CLOSED,
    /** a member of a survey campaign's sample */
    CAMPAIGN,
    /** a project passed its completion acceptance (the variant's completion survey) */
    PROJECT_COMPLETED,
    /** a return visit reached the customer (the core's service survey, once per visit) */
    RETURN_VISIT;

    public String messageKey() {
        return "survey.trigger." + name();
    }
}
