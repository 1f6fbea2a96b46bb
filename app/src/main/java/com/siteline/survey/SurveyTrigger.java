package com.siteline.survey;

import com.siteline.base.Keyed;

/** What a survey follows. */
public enum SurveyTrigger implements Keyed {
    /** a customer issue was closed */
    ISSUE_CLOSED,
    /** a member of a survey campaign's sample */
    CAMPAIGN,
    /** a project passed its completion acceptance (the variant's completion survey) */
    PROJECT_COMPLETED,
    /** a return visit reached the customer (the core's service survey, once per visit) */
    RETURN_VISIT;

    @Override
    public String messageKey() {
        return "survey.trigger." + name();
    }
}
