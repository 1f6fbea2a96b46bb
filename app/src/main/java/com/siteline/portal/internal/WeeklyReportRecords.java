package com.siteline.portal.internal;

import com.siteline.plan.HeldRecord;
import com.siteline.plan.HeldRecords;
import com.siteline.sdk.PlanLine;
import java.util.List;
import org.springframework.stereotype.Component;

/** The weekly reports sent for a project, as the records that hold its plan's report tasks. */
@Component
class WeeklyReportRecords implements HeldRecords {

    private final ProgressReportRepository reports;

    WeeklyReportRecords(ProgressReportRepository reports) {
        this.reports = reports;
    }

    @Override
    public PlanLine.HeldBy kind() {
        return PlanLine.HeldBy.WEEKLY_REPORT;
    }

    @Override
    public List<HeldRecord> of(long projectId) {
        return reports.findByProjectIdOrderBySentAtDesc(projectId).reversed().stream()
                .map(r -> new HeldRecord(
                        PlanLine.HeldBy.WEEKLY_REPORT,
                        r.getId(),
                        null,
                        r.getSentAt(),
                        r.getWeekStart(),
                        r.getWeekStart() + " · "
                                + (r.getBody().length() > 60 ? r.getBody().substring(0, 60) + "…" : r.getBody())))
                .toList();
    }
}
