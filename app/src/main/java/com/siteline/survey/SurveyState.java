package com.siteline.survey;

import com.siteline.base.Keyed;

/** Where a survey request stands. */
public enum SurveyState implements Keyed {
    /** waiting for its time (after the delay), or for its case to be closed again */
    SCHEDULED,
    /** the link went out; waiting for the answer */
    SENT,
    ANSWERED,
    /** the link ran out unanswered */
    EXPIRED,
    /** staff chose not to survey this case */
    SKIPPED,
    /** the customer was asked too recently (one survey per customer per period) */
    THROTTLED,
    /** nobody spoke with the customer about the case: no survey */
    NO_CONTACT;

    @Override
    public String messageKey() {
        return "survey.state." + name();
    }

    public boolean answerable() {
        return this == SCHEDULED || this == SENT;
    }
}
