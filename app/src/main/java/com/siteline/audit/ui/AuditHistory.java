package com.siteline.audit.ui;

import com.siteline.audit.AuditChange;
import com.siteline.audit.AuditRecord;
import com.siteline.base.ui.Formats;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A record's change history (变更历史) for its page: newest first, who and when, from which address, and
 * each field's old and new value. Read when first opened.
 */
@org.springframework.modulith.NamedInterface("ui")
public class AuditHistory extends Details {

    public static final int LIMIT = 100;

    private final transient Supplier<List<AuditRecord>> entries;
    private boolean loaded;

    public AuditHistory(Supplier<List<AuditRecord>> entries) {
        this.entries = entries;
        setId("audit-history");
        setSummaryText(getTranslation("audit.history"));
        addClassName("siteline-audit-history");
        addOpenedChangeListener(event -> {
            if (event.isOpened() && !loaded) {
                load();
            }
        });
    }

    /** Reads and shows the entries (opening the section does the same). */
    public void load() {
        loaded = true;
        List<AuditRecord> records = entries.get();
        Div body = new Div();
        body.setId("audit-history-entries");
        if (records.isEmpty()) {
            body.add(new Paragraph(getTranslation("audit.history.none")));
        }
        for (AuditRecord record : records) {
            Div entry = new Div();
            entry.addClassName("siteline-audit-entry");
            Span head = new Span(Formats.minute(record.at()) + " · " + AuditTexts.who(this, record) + " · "
                    + AuditTexts.action(this, record) + " · " + AuditTexts.type(this, record.recordType())
                    + (record.recordLabel() == null ? "" : " " + record.recordLabel())
                    + (record.address() == null ? "" : " · " + record.address()));
            head.addClassName("siteline-audit-head");
            entry.add(head);
            UnorderedList changes = new UnorderedList();
            for (AuditChange change : record.changes()) {
                changes.add(new ListItem(AuditTexts.change(this, record, change)));
            }
            entry.add(changes);
            body.add(entry);
        }
        if (records.size() >= LIMIT) {
            body.add(new Paragraph(getTranslation("audit.history.more", LIMIT)));
        }
        removeAll();
        add(body);
        setSummaryText(
                getTranslation("audit.history") + " (" + records.size() + (records.size() >= LIMIT ? "+" : "") + ")");
    }
}
