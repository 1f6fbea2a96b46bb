package com.siteline.report;

/** The reports a manager can have emailed. */
public enum ScheduledReport {
    SLA,
    KPI
}
