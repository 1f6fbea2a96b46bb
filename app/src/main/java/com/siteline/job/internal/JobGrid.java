package com.siteline.job.internal;

import com.siteline.base.grid.GridColumn;
import com.siteline.base.grid.GridDefinition;
import com.siteline.base.grid.GridSort;
import com.siteline.job.JobState;
import java.util.List;

/** The {@code jobs} grid: the units' repair jobs, the soonest on-site limit first. */
public final class JobGrid {

    /** The choices of the {@code late} column: arrived after the on-site limit or not there when it passed. */
    public static final String LATE = "late";

    public static final String ON_TIME = "on-time";

    public static final GridDefinition DEFINITION = GridDefinition.of(
            "jobs",
            List.of(GridSort.asc("onSite"), GridSort.desc("created")),
            GridColumn.dates("created", "job.created", "createdAt").sorted(),
            GridColumn.contains("customer", "job.customer", "customerName").sorted(),
            GridColumn.contains("title", "job.title.column", "title"),
            GridColumn.oneOf("state", "job.state", "state", JobState.class).sorted(),
            GridColumn.contains("technician", "job.technician", "technician").sorted(),
            GridColumn.dates("appointment", "job.appointment.day", "appointmentFrom")
                    .sorted(),
            GridColumn.dates("onSite", "job.on-site-due", "onSiteDue").sorted(),
            GridColumn.customChoice("late", "job.late", "onSiteDue", LATE, ON_TIME),
            GridColumn.customChoice("warranty", "job.warranty", "inWarranty", "true", "false"),
            GridColumn.plain("unit", "job.unit", "businessUnitId"));

    private JobGrid() {}
}
