package com.siteline.followup.internal;

import com.siteline.base.grid.GridColumn;
import com.siteline.base.grid.GridDefinition;
import com.siteline.base.grid.GridSort;
import java.util.List;

/** The {@code greetings} grid: the holiday greetings of the user's units, the nearest occasion first. */
public final class GreetingGrid {

    public static final GridDefinition DEFINITION = GridDefinition.of(
            "greetings",
            List.of(GridSort.asc("date"), GridSort.asc("customer")),
            GridColumn.dates("date", "greeting.date", "occasionOn").sorted(),
            GridColumn.contains("occasion", "greeting.occasion", "occasion").sorted(),
            GridColumn.contains("customer", "greeting.customer", "customerName").sorted(),
            GridColumn.oneOf("state", "greeting.state", "state", GreetingState.class)
                    .sorted(),
            GridColumn.contains("note", "greeting.note", "note"),
            GridColumn.oneOf("done-by", "greeting.done-by", "doneBy").sorted(),
            GridColumn.plain("unit", "greeting.unit", "businessUnitId"));

    private GreetingGrid() {}
}
