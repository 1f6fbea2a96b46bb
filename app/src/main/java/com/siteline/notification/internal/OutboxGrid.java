package com.siteline.notification.internal;

import com.siteline.base.grid.GridColumn;
import com.siteline.base.grid.GridDefinition;
import com.siteline.base.grid.GridSort;
import com.siteline.notification.MessageOutcome;
import java.util.List;

/** The {@code admin/outbox} grid: every message sent (or kept) for a customer, newest first. */
public final class OutboxGrid {

    public static final GridDefinition DEFINITION = GridDefinition.of(
            "outbox",
            List.of(GridSort.desc("created")),
            GridColumn.dates("created", "outbox.created", "createdAt").sorted(),
            GridColumn.contains("customer", "outbox.customer", "customerName").sorted(),
            GridColumn.oneOf("kind", "outbox.kind", "kind").sorted(),
            GridColumn.oneOf("channel", "outbox.channel", "channel"),
            GridColumn.plain("address", "outbox.address", "address"),
            GridColumn.contains("subject", "outbox.subject", "subject"),
            GridColumn.oneOf("outcome", "outbox.outcome", "outcome", MessageOutcome.class)
                    .sorted());

    private OutboxGrid() {}
}
