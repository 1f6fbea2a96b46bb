package com.siteline.report;

import com.siteline.base.Keyed;
import java.time.LocalDate;

/**
 * The periodic documents Siteline drafts, each for the plugin obligation of the same id: a unit gets one
 * when a plugin of the unit declares that obligation, on the first day after the period it covers, due on
 * the obligation's day.
 */
public enum DocumentKind implements Keyed {
    /** 月度投诉汇总: last month's complaints, approved by the manager and published by the 5th. */
    COMPLAINT_SUMMARY("complaint-summary", KpiPeriod.MONTH),
    /** 月度工作简报: last month's work in figures, by the 3rd. */
    WORK_BRIEF("work-brief", KpiPeriod.MONTH),
    /** 季度管理服务报告: last quarter's service, by the 20th of the quarter's first month. */
    SERVICE_REPORT("service-report", KpiPeriod.QUARTER);

    private final String obligationId;
    private final KpiPeriod period;

    DocumentKind(String obligationId, KpiPeriod period) {
        this.obligationId = obligationId;
        this.period = period;
    }

    public String obligationId() {
        return obligationId;
    }

    public KpiPeriod period() {
        return period;
    }

    /** The first day of the latest period that has ended by {@code today}. */
    public LocalDate lastEndedPeriod(LocalDate today) {
        return period.previous(period.first(today));
    }

    @Override
    public String messageKey() {
        return "documents.kind." + name();
    }
}
