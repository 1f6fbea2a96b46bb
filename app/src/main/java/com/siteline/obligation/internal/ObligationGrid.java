package com.siteline.obligation.internal;

import com.siteline.base.grid.GridColumn;
import com.siteline.base.grid.GridDefinition;
import com.siteline.base.grid.GridSort;
import com.siteline.obligation.ObligationState;
import java.util.List;

/** The {@code obligations} grid: the units' dated duties, the soonest due first. */
public final class ObligationGrid {

    public static final GridDefinition DEFINITION = GridDefinition.of(
            "obligations",
            List.of(GridSort.asc("due"), GridSort.asc("obligation")),
            GridColumn.dates("due", "obligation.due", "dueOn").sorted(),
            GridColumn.oneOf("obligation", "obligation.name", "obligationId").sorted(),
            GridColumn.dates("period", "obligation.period", "periodFirst").sorted(),
            GridColumn.plain("unit", "obligation.unit", "businessUnitId"),
            GridColumn.oneOf("plugin", "obligation.plugin", "variantId"),
            GridColumn.oneOf("state", "obligation.state", "state", ObligationState.class)
                    .sorted(),
            GridColumn.plain("fulfilled", "obligation.fulfilled", "fulfilledBy"),
            GridColumn.plain("done", "obligation.done", "doneAt").sorted());

    private ObligationGrid() {}
}
