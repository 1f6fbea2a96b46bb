package com.siteline.improvement;

import com.siteline.base.Keyed;

/** What showed the shortcoming an improvement action answers. */
public enum ImprovementSource implements Keyed {
    /** A closed complaint (its issue). */
    COMPLAINT,
    /** A poor answer to a satisfaction survey (its issue). */
    SURVEY_ANSWER,
    /** A row of a report (the response-time report, the KPI scorecard, a periodic document). */
    REPORT_ROW,
    /** A survey campaign's result. */
    CAMPAIGN,
    /** A post-project review (its meeting). */
    POST_PROJECT_REVIEW,
    /** Anything else, named in words. */
    OTHER;

    @Override
    public String messageKey() {
        return "improvement.source." + name();
    }
}
