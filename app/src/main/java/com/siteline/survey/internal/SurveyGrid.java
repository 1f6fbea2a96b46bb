package com.siteline.survey.internal;

import com.siteline.base.grid.GridColumn;
import com.siteline.base.grid.GridDefinition;
import com.siteline.base.grid.GridSort;
import com.siteline.survey.SurveyState;
import java.util.List;

/** The {@code surveys} grid: every survey of the user's units, the newest first. */
public final class SurveyGrid {

    public static final GridDefinition DEFINITION = GridDefinition.of(
            "surveys",
            List.of(GridSort.desc("created")),
            GridColumn.dates("created", "survey.created", "createdAt").sorted(),
            GridColumn.contains("customer", "survey.customer", "customerName").sorted(),
            GridColumn.contains("subject", "survey.subject", "subject"),
            GridColumn.plain("unit", "survey.unit", "businessUnitId"),
            GridColumn.oneOf("state", "survey.state", "state", SurveyState.class)
                    .sorted(),
            GridColumn.dates("sent", "survey.sent", "sentAt").sorted(),
            GridColumn.customChoice("rating", "survey.rating", "rating", "1", "2", "3", "4", "5")
                    .sorted(),
            GridColumn.dates("answered", "survey.answered", "answeredAt").sorted(),
            GridColumn.oneOf("handler", "survey.handler", "handler").sorted());

    private SurveyGrid() {}
}
