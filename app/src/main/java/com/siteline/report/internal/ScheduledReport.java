package com.siteline.report.internal;

/** The reports a manager can have emailed. */
public enum ScheduledReport {
    SLA,
    KPI
}
