package com.siteline.audit.internal;

import com.siteline.audit.AuditAction;
import com.siteline.base.grid.GridColumn;
import com.siteline.base.grid.GridDefinition;
import com.siteline.base.grid.GridSort;
import java.util.List;

/** The admin audit log ({@code admin/audit}): its columns, read by {@link AuditLog} and the view. */
public final class AuditGrid {

    public static final GridDefinition DEFINITION = GridDefinition.of(
            "audit",
            List.of(GridSort.desc("at")),
            GridColumn.days("at", "audit.at", "at").sorted().withIndex(),
            GridColumn.oneOf("actor", "audit.actor", "actor").sorted().withIndex(),
            GridColumn.customChoice(
                    "type", "audit.type", "recordType", AuditedTypes.RECORD_TYPES.toArray(String[]::new)),
            GridColumn.customText("record", "audit.record", "recordId"),
            GridColumn.startsWith("label", "audit.label", "recordLabel").withIndex(),
            GridColumn.oneOf("action", "audit.action", "action", AuditAction.class),
            GridColumn.startsWith("address", "audit.address", "address"),
            GridColumn.plain("changes", "audit.changes", "changes"));

    private AuditGrid() {}
}
