package com.siteline.access;

import com.siteline.base.RecordGrants;
import com.siteline.base.grid.GridColumn;
import com.siteline.base.grid.GridDefinition;
import com.siteline.base.grid.GridSort;
import java.util.List;

/** The {@code access-requests} grid: its columns, read by {@link AccessRequests} and the view. */
public final class AccessGrid {

    /** The "whose" filter: my own requests, or those waiting for my decision. */
    public static final String MINE = "mine";

    public static final String TO_DECIDE = "to-decide";

    public static final GridDefinition DEFINITION = GridDefinition.of(
            "access-requests",
            List.of(GridSort.desc("created")),
            GridColumn.days("created", "access.created", "createdAt").sorted().withIndex(),
            GridColumn.oneOf("requester", "access.requester", "requester").sorted(),
            GridColumn.oneOf("kind", "access.kind", "recordKind", RecordGrants.Kind.class),
            GridColumn.plain("record", "access.record", "recordId"),
            GridColumn.plain("unit", "access.unit", "owningUnitId"),
            GridColumn.contains("reason", "access.reason", "reason"),
            GridColumn.plain("period", "access.period", "firstDay").sortedBy("firstDay"),
            GridColumn.oneOf("status", "access.status", "status", AccessStatus.class)
                    .sorted(),
            GridColumn.customChoice("whose", "access.whose", "requester", MINE, TO_DECIDE)
                    .filterOnly());

    private AccessGrid() {}
}
