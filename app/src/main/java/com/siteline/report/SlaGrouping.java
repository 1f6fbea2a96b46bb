package com.siteline.report;

/** What the response-time report groups its issues by. */
public enum SlaGrouping {
    UNIT,
    TEAM,
    AGENT,
    PLUGIN,
    CATEGORY,
    URGENCY,
    TYPE,
    CUSTOMER_TYPE
}
