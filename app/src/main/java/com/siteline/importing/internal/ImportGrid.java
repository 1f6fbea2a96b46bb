package com.siteline.importing.internal;

import com.siteline.base.grid.GridColumn;
import com.siteline.base.grid.GridDefinition;
import com.siteline.base.grid.GridSort;
import com.siteline.importing.ImportKind;
import com.siteline.importing.ImportSummary;
import java.util.List;

/** The import history of {@code admin/import}: its columns, read by {@link Importer} and the view. */
public final class ImportGrid {

    public static final GridDefinition DEFINITION = GridDefinition.of(
            "imports",
            List.of(GridSort.desc("started")),
            GridColumn.days("started", "import.history.started", "startedAt")
                    .sorted()
                    .withIndex(),
            GridColumn.oneOf("user", "import.history.user", "username").sorted(),
            GridColumn.oneOf("kind", "import.history.kind", "kind", ImportKind.class),
            GridColumn.contains("file", "import.history.file", "fileName"),
            GridColumn.oneOf("status", "import.history.status", "status", ImportSummary.Status.class),
            GridColumn.plain("rows", "import.history.rows", "rowsRead").sorted(),
            GridColumn.plain("result", "import.history.result", "created"));

    private ImportGrid() {}
}
