package com.siteline.report.ui;

import com.siteline.audit.AuditTrail;
import com.siteline.audit.ui.AuditHistory;
import com.siteline.base.InvalidInputException;
import com.siteline.base.RefusedException;
import com.siteline.base.ui.Downloads;
import com.siteline.base.ui.Formats;
import com.siteline.base.ui.Problems;
import com.siteline.base.ui.ViewFrame;
import com.siteline.organization.Role;
import com.siteline.report.DocumentStatus;
import com.siteline.report.DocumentSummary;
import com.siteline.report.PeriodicDocuments;
import com.siteline.report.ReportDocument;
import com.siteline.report.internal.DocumentTexts;
import com.siteline.report.internal.ReportTables;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

/**
 * One periodic document: its figures as the PDF shows them, the manager's summary and remarks while it is a
 * draft, refresh, approve and publish, its PDF and Excel files, and its change history.
 */
@Route("reports/documents/:id")
@RolesAllowed({Role.Names.MANAGER, Role.Names.ADMIN})
public class DocumentView extends ViewFrame implements BeforeEnterObserver, LocaleChangeObserver {

    public static String link(long id) {
        return "reports/documents/" + id;
    }

    private final transient PeriodicDocuments documents;
    private final transient DocumentTexts texts;
    private final transient com.siteline.base.grid.ExportRecords exports;
    private final transient AuditTrail audit;
    private final transient Clock clock;
    private final TextArea summary = new TextArea();
    private final TextArea remarks = new TextArea();
    private final Div body = new Div();
    private transient DocumentSummary shown;

    public DocumentView(
            PeriodicDocuments documents,
            DocumentTexts texts,
            AuditTrail audit,
            Clock clock,
            com.siteline.base.grid.ExportRecords exports) {
        super("documents.title");
        this.exports = exports;
        setId("document-view");
        this.documents = documents;
        this.texts = texts;
        this.audit = audit;
        this.clock = clock;
        summary.setId("document-summary");
        summary.setWidthFull();
        summary.setMaxLength(PeriodicDocuments.TEXT_MAX);
        remarks.setId("document-remarks");
        remarks.setWidthFull();
        remarks.setMaxLength(PeriodicDocuments.TEXT_MAX);
        body.setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            shown = documents.get(
                    Long.parseLong(event.getRouteParameters().get("id").orElse("")));
            summary.setValue(shown.summary() == null ? "" : shown.summary());
            remarks.setValue(shown.remarks() == null ? "" : shown.remarks());
        } catch (NumberFormatException | NoSuchElementException missing) {
            shown = null;
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    private void render() {
        removeAll();
        if (shown == null) {
            add(new Paragraph(getTranslation("documents.not-found")));
            return;
        }
        ReportDocument document = texts.document(shown, getLocale());
        H2 title = new H2(document.title());
        title.setId("document-title");
        Paragraph state = new Paragraph(getTranslation(
                        "documents.state",
                        getTranslation(shown.status().messageKey()),
                        shown.dueOn(),
                        Formats.minute(shown.draftedAt()),
                        Formats.minute(shown.refreshedAt()))
                + (shown.overdue(LocalDate.now(clock.withZone(Formats.zone())))
                        ? " · " + getTranslation("documents.overdue")
                        : ""));
        state.setId("document-state");
        // the state line says the status; the subtitle adds who approved, once someone has
        String subtitle = shown.approvedBy() == null
                ? ReportTables.period(shown.first(), shown.last(), getLocale())
                : document.subtitle();
        add(title, new Paragraph(subtitle), state, actions());
        boolean draft = shown.status() == DocumentStatus.DRAFT;
        if (draft) {
            summary.setLabel(getTranslation("documents.summary"));
            remarks.setLabel(getTranslation("documents.remarks"));
            add(summary, remarks);
        }
        body.removeAll();
        for (ReportDocument.Section section : document.sections()) {
            if (draft
                    && (section.heading().equals(getTranslation("documents.section.summary"))
                            || section.heading().equals(getTranslation("documents.section.remarks")))) {
                continue;
            }
            body.add(new H3(section.heading()));
            section.paragraphs().forEach(p -> body.add(new Paragraph(p)));
            if (!section.headers().isEmpty()) {
                body.getElement().appendChild(table(section));
            }
        }
        add(body);
        add(new AuditHistory(() -> audit.history("document", Long.toString(shown.id()), AuditHistory.LIMIT)));
    }

    private HorizontalLayout actions() {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setWrap(true);
        if (shown.status() == DocumentStatus.DRAFT) {
            bar.add(button(
                    "document-save",
                    "documents.save",
                    () -> documents.edit(shown.id(), shown.version(), summary.getValue(), remarks.getValue()),
                    "documents.saved",
                    false));
            bar.add(button(
                    "document-refresh",
                    "documents.refresh",
                    () -> documents.refresh(shown.id(), shown.version()),
                    "documents.refreshed",
                    false));
            if (documents.approvable(shown)) {
                bar.add(button(
                        "document-approve",
                        "documents.approve",
                        () -> {
                            DocumentSummary saved =
                                    documents.edit(shown.id(), shown.version(), summary.getValue(), remarks.getValue());
                            return documents.approve(saved.id(), saved.version());
                        },
                        "documents.approved",
                        true));
            } else {
                bar.add(new Paragraph(getTranslation("documents.approve-note")));
            }
        } else if (shown.status() == DocumentStatus.APPROVED) {
            bar.add(button(
                    "document-publish",
                    "documents.publish",
                    () -> documents.publish(shown.id(), shown.version()),
                    "documents.published",
                    true));
        }
        bar.add(download("document-pdf", "documents.export-pdf", ".pdf", "application/pdf", this::pdfFile));
        bar.add(download(
                "document-xlsx",
                "documents.export-xlsx",
                ".xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                this::workbook));
        return bar;
    }

    private Button button(
            String id, String labelKey, Supplier<DocumentSummary> action, String doneKey, boolean primary) {
        Button button = new Button(getTranslation(labelKey), click -> {
            try {
                shown = action.get();
                Problems.success(getTranslation(doneKey));
                render();
            } catch (InvalidInputException problems) {
                Problems.show(this, problems);
            } catch (RefusedException refused) {
                Problems.show(this, refused);
            }
        });
        button.setId(id);
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    private Anchor download(String id, String labelKey, String suffix, String type, Supplier<byte[]> file) {
        String name = shown.kind().name().toLowerCase(java.util.Locale.ROOT) + "-" + shown.first() + suffix;
        Anchor anchor = new Anchor(
                Downloads.of(event -> {
                    byte[] bytes = file.get();
                    return new DownloadResponse(new java.io.ByteArrayInputStream(bytes), name, type, bytes.length);
                }),
                getTranslation(labelKey));
        anchor.setId(id);
        anchor.getElement().setAttribute("download", name);
        return anchor;
    }

    /** The document's PDF as the reader's language writes it. */
    public byte[] pdfFile() {
        byte[] file = texts.document(shown, getLocale()).pdf(exports.stamp().line());
        recordExport("pdf");
        return file;
    }

    /** The document's tables as a workbook. */
    public byte[] workbook() {
        com.siteline.base.grid.XlsxExport.Stamp stamp = exports.stamp();
        byte[] file = texts.document(shown, getLocale()).workbook(stamp.author(), stamp.line());
        recordExport("xlsx");
        return file;
    }

    /** Kept in the audit log: which document, in which format (#32). */
    private void recordExport(String format) {
        exports.exported("reports/documents/" + shown.id(), format + " " + shown.kind() + " " + shown.first(), 1);
    }

    public DocumentSummary shown() {
        return shown;
    }

    private static Element table(ReportDocument.Section section) {
        Element table = new Element("table");
        table.getClassList().add("siteline-table");
        Element head = new Element("tr");
        section.headers().forEach(h -> head.appendChild(new Element("th").setText(h)));
        table.appendChild(head);
        for (var row : section.rows()) {
            Element tr = new Element("tr");
            row.forEach(cell -> tr.appendChild(new Element("td").setText(cell == null ? "" : cell.toString())));
            table.appendChild(tr);
        }
        return table;
    }
}
