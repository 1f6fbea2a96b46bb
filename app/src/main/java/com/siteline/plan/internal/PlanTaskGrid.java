package com.siteline.plan.internal;

import com.siteline.base.grid.GridColumn;
import com.siteline.base.grid.GridDefinition;
import com.siteline.base.grid.GridSort;
import com.siteline.sdk.PlanLine;
import java.util.List;

/** The {@code plans} grid: communication tasks of the user's units, the soonest due first. */
public final class PlanTaskGrid {

    /** The state filter's values: a task's states, with OVERDUE for open ones past their day. */
    public static final String OVERDUE = "OVERDUE";

    public static final GridDefinition DEFINITION = GridDefinition.of(
            "plans",
            List.of(GridSort.asc("due"), GridSort.asc("project")),
            GridColumn.dates("due", "plan.task.due", "dueOn").sorted(),
            GridColumn.customChoice(
                            "state", "plan.task.state", "state", "OPEN", OVERDUE, "HELD", "LATE", "MISSED", "CANCELLED")
                    .sorted(),
            GridColumn.contains("goal", "plan.task.goal", "goal").sorted(),
            GridColumn.contains("project", "plan.task.project", "projectName").sorted(),
            GridColumn.oneOf("owner", "plan.task.owner", "owner").sorted(),
            GridColumn.oneOf("record", "plan.task.record", "heldBy", PlanLine.HeldBy.class),
            GridColumn.plain("unit", "plan.task.unit", "businessUnitId"),
            GridColumn.days("held", "plan.task.held", "heldAt").sorted());

    private PlanTaskGrid() {}
}
