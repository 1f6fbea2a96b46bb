package com.siteline.report.internal;

import com.siteline.base.grid.GridColumn;
import com.siteline.base.grid.GridDefinition;
import com.siteline.base.grid.GridSort;
import com.siteline.report.DocumentKind;
import com.siteline.report.DocumentStatus;
import java.util.List;

/** The {@code reports/documents} grid: its columns, read by {@link PeriodicDocuments} and the view. */
public final class DocumentGrid {

    public static final GridDefinition DEFINITION = GridDefinition.of(
            "documents",
            List.of(GridSort.desc("period"), GridSort.asc("kind")),
            GridColumn.dates("period", "documents.period", "periodFirst").sorted(),
            GridColumn.oneOf("kind", "documents.kind", "kind", DocumentKind.class)
                    .sorted(),
            GridColumn.plain("unit", "documents.unit", "businessUnitId"),
            GridColumn.oneOf("status", "documents.status", "status", DocumentStatus.class)
                    .sorted(),
            GridColumn.dates("due", "documents.due", "dueOn").sorted());

    private DocumentGrid() {}
}
