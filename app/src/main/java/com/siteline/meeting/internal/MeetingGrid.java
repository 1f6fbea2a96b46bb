package com.siteline.meeting.internal;

import com.siteline.base.grid.GridColumn;
import com.siteline.base.grid.GridDefinition;
import com.siteline.base.grid.GridSort;
import com.siteline.meeting.MeetingKind;
import com.siteline.meeting.MeetingState;
import java.util.List;

/** The {@code meetings} grid: the units' meetings, the latest first. */
public final class MeetingGrid {

    public static final GridDefinition DEFINITION = GridDefinition.of(
            "meetings",
            List.of(GridSort.desc("held"), GridSort.desc("due")),
            GridColumn.days("held", "meeting.held-at", "heldAt").sorted(),
            GridColumn.dates("due", "meeting.due", "dueOn").sorted(),
            GridColumn.oneOf("kind", "meeting.kind", "kind", MeetingKind.class).sorted(),
            GridColumn.contains("title", "meeting.title", "title").sorted(),
            GridColumn.oneOf("state", "meeting.state", "state", MeetingState.class)
                    .sorted(),
            GridColumn.oneOf("organizer", "meeting.organizer", "organizer"),
            GridColumn.plain("receipts", "meeting.receipts", "id"),
            GridColumn.plain("unit", "meeting.unit", "businessUnitId"));

    private MeetingGrid() {}
}
