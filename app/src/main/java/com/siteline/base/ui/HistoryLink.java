package com.siteline.base.ui;

import com.siteline.base.grid.ColumnFilter;
import com.siteline.base.grid.GridLinks;
import com.siteline.base.grid.GridQuery;
import com.vaadin.flow.component.html.Anchor;

/**
 * A link from an administration page to its record's change history: the audit log ({@code admin/audit})
 * filtered to that record's type and number (the log's "type" and "record" columns).
 */
public final class HistoryLink {

    private HistoryLink() {}

    public static Anchor to(GridLinks links, String recordType, String recordId) {
        Anchor link = new Anchor(href(links, recordType, recordId), "");
        link.setText(link.getTranslation("audit.history"));
        return link;
    }

    public static String href(GridLinks links, String recordType, String recordId) {
        GridQuery query = GridQuery.empty().choice("type", recordType);
        return links.link(
                "admin/audit", recordId == null ? query : query.withFilter("record", new ColumnFilter.Text(recordId)));
    }
}
