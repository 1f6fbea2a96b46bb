package com.siteline.communication;

import com.siteline.base.grid.GridColumn;
import com.siteline.base.grid.GridDefinition;
import com.siteline.base.grid.GridSort;
import com.siteline.customer.Channel;
import java.util.List;

/** The communication log grid: its columns, read by {@link CommunicationService} and by the log view. */
public final class LogGrid {

    /** Values of the "promise" column: promised and not replied, open and past its time, replied. */
    public static final String PROMISE_OPEN = "open";

    public static final String PROMISE_OVERDUE = "overdue";
    public static final String PROMISE_KEPT = "kept";

    public static final GridDefinition DEFINITION = GridDefinition.of(
            "communications",
            List.of(GridSort.desc("occurred")),
            GridColumn.days("occurred", "log.field.when", "occurredAt").sorted().withIndex(),
            GridColumn.oneOf("channel", "log.field.channel", "channel", Channel.class)
                    .sorted()
                    .withIndex(),
            GridColumn.startsWith("customer", "log.field.customer", "customerName")
                    .sorted()
                    .withIndex(),
            GridColumn.contains("participants", "log.field.participants", "participants"),
            GridColumn.contains("content", "log.field.content", "content"),
            GridColumn.contains("outcome", "log.field.outcome", "outcome"),
            GridColumn.days("promised", "log.field.promised", "promisedReplyAt")
                    .sorted()
                    .withIndex(),
            GridColumn.customChoice(
                            "promise",
                            "log.column.promise-state",
                            "promisedReplyAt",
                            PROMISE_OPEN,
                            PROMISE_OVERDUE,
                            PROMISE_KEPT)
                    .withIndex(),
            GridColumn.oneOf("author", "log.field.author", "author").sorted().withIndex(),
            GridColumn.ids("issue", "log.field.issue", "issueId").withIndex(),
            GridColumn.contains("place", "log.field.place", "place").sorted(),
            GridColumn.ids("unit", "customer.field.unit", "businessUnitId")
                    .sorted()
                    .withIndex(),
            GridColumn.ids("customerId", "log.field.customer", "customerId")
                    .withIndex()
                    .filterOnly());

    private LogGrid() {}
}
