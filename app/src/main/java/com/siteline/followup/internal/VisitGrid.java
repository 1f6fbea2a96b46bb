package com.siteline.followup.internal;

import com.siteline.base.grid.GridColumn;
import com.siteline.base.grid.GridDefinition;
import com.siteline.base.grid.GridSort;
import com.siteline.followup.VisitState;
import java.util.List;

/** The {@code return-visits} grid: the user's units' visits, the soonest due first. */
public final class VisitGrid {

    public static final GridDefinition DEFINITION = GridDefinition.of(
            "return-visits",
            List.of(GridSort.asc("due"), GridSort.asc("customer")),
            GridColumn.dates("due", "visit.due", "dueOn").sorted(),
            GridColumn.contains("customer", "visit.customer", "customerName").sorted(),
            GridColumn.contains("subject", "visit.subject", "subject"),
            GridColumn.oneOf("plugin", "visit.plugin", "variantId").sorted(),
            GridColumn.plain("offset", "visit.offset", "offsetText"),
            GridColumn.oneOf("owner", "visit.owner", "owner").sorted(),
            GridColumn.oneOf("state", "visit.state", "state", VisitState.class).sorted(),
            GridColumn.plain("attempts", "visit.attempts", "attempts").sorted(),
            GridColumn.customChoice("satisfaction", "visit.satisfaction", "satisfaction", "1", "2", "3", "4", "5")
                    .sorted(),
            GridColumn.plain("unit", "visit.unit", "businessUnitId"));

    private VisitGrid() {}
}
