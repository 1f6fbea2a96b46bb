package com.siteline.issue;

import com.siteline.base.grid.GridColumn;
import com.siteline.base.grid.GridDefinition;
import com.siteline.base.grid.GridSort;
import com.siteline.sdk.IssueType;
import com.siteline.sdk.Urgency;
import com.siteline.sla.CustomerType;
import java.util.List;

/** The issues grid (the inbox): its columns, read by {@link IssueQueries} and by the inbox view. */
public final class IssueGrid {

    public static final String OPEN = "open";
    public static final String CLOSED = "closed";
    /** Values of the "due" column: the state of the earliest running deadline. */
    public static final String BREACHED = "breached";

    public static final String NEARING = "nearing";
    public static final String ON_TRACK = "on-track";
    public static final String PAUSED = "paused";
    /** Values of the "promise" filter: a promised reply that is open, or open and past its time. */
    public static final String PROMISE_OPEN = "open";

    public static final String PROMISE_OVERDUE = "overdue";

    public static final GridDefinition DEFINITION = GridDefinition.of(
            "issues",
            List.of(GridSort.desc("created")),
            GridColumn.customText("id", "issue.field.id", "id").sorted().withIndex(),
            GridColumn.contains("title", "issue.field.title", "title").sorted(),
            GridColumn.startsWith("customer", "issue.field.customer", "customerName")
                    .sorted()
                    .withIndex(),
            GridColumn.oneOf("customerType", "customer.field.type", "customerType", CustomerType.class)
                    .sorted(),
            GridColumn.oneOf("type", "issue.field.type", "type", IssueType.class)
                    .sorted()
                    .withIndex(),
            GridColumn.oneOf("category", "issue.field.category", "categoryId")
                    .sorted()
                    .withIndex(),
            // filters by name, sorts by severity (a stored rank) from an index
            GridColumn.oneOf("urgency", "issue.field.urgency", "urgency", Urgency.class)
                    .sortedBy("urgencyRank")
                    .withIndex(),
            GridColumn.oneOf("status", "issue.field.status", "status", IssueStatus.class)
                    .sorted()
                    .withIndex(),
            GridColumn.oneOf("assignee", "issue.field.assignee", "assignee")
                    .sorted()
                    .withIndex(),
            // breaching soonest first: no running deadline is stored as the end of time
            GridColumn.customChoice("due", "issue.field.sla", "nextDueAt", BREACHED, NEARING, ON_TRACK, PAUSED)
                    .sorted()
                    .withIndex(),
            GridColumn.days("promised", "issue.field.promised", "promisedReplyAt")
                    .sorted()
                    .withIndex(),
            GridColumn.oneOf("variant", "issue.field.variant", "variantId")
                    .sorted()
                    .withIndex(),
            GridColumn.ids("unit", "customer.field.unit", "businessUnitId")
                    .sorted()
                    .withIndex(),
            GridColumn.tags("tags", "issue.field.tags", "tags"),
            GridColumn.days("created", "grid.column.created", "createdAt")
                    .sorted()
                    .withIndex(),
            GridColumn.days("updated", "grid.column.updated", "updatedAt")
                    .sorted()
                    .withIndex(),
            GridColumn.customChoice("open", "issue.field.open", "openIssue", OPEN, CLOSED)
                    .withIndex(),
            GridColumn.customChoice("promise", "issue.field.promised", "promisedReplyAt", PROMISE_OPEN, PROMISE_OVERDUE)
                    .withIndex()
                    .filterOnly(),
            GridColumn.ids("customerId", "issue.field.customer", "customerId")
                    .withIndex()
                    .filterOnly(),
            GridColumn.ids("project", "issue.field.project", "projectId")
                    .withIndex()
                    .filterOnly(),
            GridColumn.oneOf("reviewer", "issue.field.reviewer", "reviewer").filterOnly(),
            // how the issue came: "portal" when the customer raised it in the customer portal
            GridColumn.oneOf("channel", "issue.field.channel", "channel"));

    private IssueGrid() {}
}
