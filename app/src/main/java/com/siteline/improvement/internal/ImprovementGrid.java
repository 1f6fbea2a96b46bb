package com.siteline.improvement.internal;

import com.siteline.base.grid.GridColumn;
import com.siteline.base.grid.GridDefinition;
import com.siteline.base.grid.GridSort;
import com.siteline.improvement.ImprovementSource;
import com.siteline.improvement.ImprovementState;
import java.util.List;

/** The {@code improvements} grid: the units' improvement actions, the soonest due first. */
public final class ImprovementGrid {

    public static final GridDefinition DEFINITION = GridDefinition.of(
            "improvements",
            List.of(GridSort.asc("due")),
            GridColumn.dates("due", "improvement.due", "dueOn").sorted(),
            GridColumn.oneOf("state", "improvement.state", "state", ImprovementState.class)
                    .sorted(),
            GridColumn.contains("measure", "improvement.measure", "measure"),
            GridColumn.oneOf("source", "improvement.source", "source", ImprovementSource.class)
                    .sorted(),
            GridColumn.contains("label", "improvement.source-label", "sourceLabel"),
            GridColumn.oneOf("owner", "improvement.owner", "owner").sorted(),
            GridColumn.days("raised", "improvement.raised", "raisedAt").sorted(),
            GridColumn.days("verified", "improvement.verified", "verifiedAt").sorted(),
            GridColumn.plain("unit", "improvement.unit", "businessUnitId"));

    private ImprovementGrid() {}
}
