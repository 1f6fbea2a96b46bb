package com.siteline.project;

import com.siteline.base.grid.GridColumn;
import com.siteline.base.grid.GridDefinition;
import com.siteline.base.grid.GridSort;
import java.util.List;

/** The projects grid: its columns, read by {@link ProjectService} and by the projects view. */
public final class ProjectGrid {

    public static final String OPEN = "open";
    public static final String COMPLETED = "completed";

    public static final GridDefinition DEFINITION = GridDefinition.of(
            "projects",
            List.of(GridSort.desc("created")),
            GridColumn.contains("name", "projects.column.name", "name").sorted(),
            GridColumn.contains("customer", "projects.column.customer", "customerName")
                    .sorted(),
            GridColumn.oneOf("variant", "projects.column.variant", "variantId").sorted(),
            GridColumn.oneOf("stage", "projects.column.stage", "currentStageId").sorted(),
            GridColumn.oneOf("pm", "projects.column.pm", "projectManager").sorted(),
            GridColumn.plain("value", "projects.column.value", "contractValue").sorted(),
            GridColumn.dates("plannedEnd", "projects.column.planned-end", "plannedEnd")
                    .sorted(),
            GridColumn.ids("unit", "projects.column.unit", "businessUnitId")
                    .sorted()
                    .withIndex(),
            GridColumn.customChoice("state", "projects.column.state", "completedAt", OPEN, COMPLETED),
            GridColumn.contains("address", "projects.column.address", "address"),
            GridColumn.days("created", "projects.column.created", "createdAt")
                    .sorted()
                    .withIndex(),
            GridColumn.ids("customerId", "projects.column.customer", "customerId")
                    .withIndex()
                    .filterOnly());

    private ProjectGrid() {}
}
