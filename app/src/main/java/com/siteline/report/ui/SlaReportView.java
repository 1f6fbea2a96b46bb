package com.siteline.report.ui;

import com.siteline.base.InvalidInputException;
import com.siteline.base.ui.Downloads;
import com.siteline.base.ui.Formats;
import com.siteline.base.ui.Problems;
import com.siteline.base.ui.ViewFrame;
import com.siteline.organization.Role;
import com.siteline.report.SlaGrouping;
import com.siteline.report.SlaReports;
import com.siteline.report.internal.ReportTables;
import com.siteline.report.internal.SlaReport;
import com.siteline.report.internal.SlaRow;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Response-time compliance of the manager's units for a period, grouped as they choose: per group the
 * share of first responses and resolutions made by their due time, and the issues that missed one a
 * click away.
 */
@Route("reports/sla")
@RolesAllowed({Role.Names.MANAGER, Role.Names.ADMIN})
@Menu(title = "nav.reports.sla", order = 6, icon = "vaadin:chart")
public class SlaReportView extends ViewFrame implements LocaleChangeObserver, BeforeEnterObserver {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The report of a period, as a link (what the overview's weekly bars open). */
    public static String link(LocalDate first, LocalDate last) {
        return "reports/sla?first=" + first + "&last=" + last;
    }

    private final transient SlaReports reports;
    private final transient ReportTables tables;
    private final DatePicker first = new DatePicker();
    private final DatePicker last = new DatePicker();
    private final Select<SlaGrouping> grouping = new Select<>();
    private final Grid<SlaRow> grid = new Grid<>();
    private final Paragraph total = new Paragraph();
    private final Div breached = new Div();
    private final Paragraph definition = new Paragraph();
    /**
     * Plan vs. held of the communication plans per unit in the period: the same on-time question for planned
     * communication as the grid asks for responses (the KPI scorecard's weighted formula is the procedure's own).
     */
    private final com.vaadin.flow.component.html.UnorderedList plans =
            new com.vaadin.flow.component.html.UnorderedList();

    private final H2 plansTitle = new H2();
    private final transient com.siteline.plan.PlanTasks planTasks;
    private final H2 breachedTitle = new H2();
    private final Button show = new Button("", e -> refresh());
    private final Anchor export = new Anchor();
    private final Anchor pdf = new Anchor();
    private transient SlaReport shown;
    private final transient com.siteline.base.grid.ExportRecords exports;
    /** The names of the shown grouping's keys, read once per report. */
    private transient java.util.function.Function<String, String> labels = key -> key;

    public SlaReportView(
            SlaReports reports,
            ReportTables tables,
            Clock clock,
            com.siteline.plan.PlanTasks planTasks,
            com.siteline.base.grid.ExportRecords exports) {
        super("report.sla.title");
        this.exports = exports;
        this.planTasks = planTasks;
        setId("sla-report");
        this.reports = reports;
        this.tables = tables;
        LocalDate today = LocalDate.now(clock.withZone(Formats.zone()));
        first.setId("sla-first");
        last.setId("sla-last");
        first.setValue(today.minusDays(89));
        last.setValue(today);
        grouping.setId("sla-grouping");
        grouping.setItems(SlaGrouping.values());
        grouping.setValue(SlaGrouping.UNIT);
        grouping.setItemLabelGenerator(g -> getTranslation("report.group." + g.name()));
        show.setId("sla-show");
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        export.setId("sla-export");
        export.setHref(Downloads.of(event -> {
            byte[] bytes = workbook();
            return new DownloadResponse(new java.io.ByteArrayInputStream(bytes), fileName(), XLSX, bytes.length);
        }));
        pdf.setId("sla-pdf");
        pdf.setHref(Downloads.of(event -> {
            byte[] bytes = pdfFile();
            return new DownloadResponse(
                    new java.io.ByteArrayInputStream(bytes),
                    fileName().replace(".xlsx", ".pdf"),
                    "application/pdf",
                    bytes.length);
        }));
        HorizontalLayout bar = new HorizontalLayout(first, last, grouping, show, export, pdf);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        grid.setId("sla-grid");
        grid.setAllRowsVisible(true);
        total.setId("sla-total");
        breached.setId("sla-breached");
        breached.addClassName("siteline-links");
        definition.setId("sla-definition");
        plans.setId("sla-plans");
        add(bar, total, grid, breachedTitle, breached, plansTitle, plans, definition);
    }

    /** A period in the address ({@code ?first=2026-11-02&last=2026-11-08}) replaces the default one. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters =
                event.getLocation().getQueryParameters().getParameters();
        try {
            if (parameters.containsKey("first") && parameters.containsKey("last")) {
                first.setValue(LocalDate.parse(parameters.get("first").getFirst()));
                last.setValue(LocalDate.parse(parameters.get("last").getFirst()));
            }
        } catch (java.time.format.DateTimeParseException unreadable) {
            // an address that cannot be read opens the default period
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        first.setLabel(getTranslation("report.period.first"));
        last.setLabel(getTranslation("report.period.last"));
        grouping.setLabel(getTranslation("report.grouping"));
        show.setText(getTranslation("report.show"));
        export.setText(getTranslation("report.export-xlsx"));
        pdf.setText(getTranslation("report.export-pdf"));
        grid.removeAllColumns();
        grid.addColumn(row -> label(row.key()))
                .setHeader(getTranslation("report.group." + grouping.getValue().name()))
                .setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(SlaRow::issues)
                .setHeader(getTranslation("report.sla.issues"))
                .setAutoWidth(true);
        grid.addColumn(row -> share(row.firstResponseMet(), row.firstResponseCounted()))
                .setHeader(getTranslation("report.sla.first-response"))
                .setAutoWidth(true);
        grid.addColumn(row -> share(row.nextUpdateMet(), row.nextUpdateCounted()))
                .setHeader(getTranslation("report.sla.next-update"))
                .setAutoWidth(true);
        grid.addColumn(row -> share(row.resolutionMet(), row.resolutionCounted()))
                .setHeader(getTranslation("report.sla.resolution"))
                .setAutoWidth(true);
        grid.addColumn(row -> times(row.firstResponseMedian(), row.firstResponseP90()))
                .setHeader(getTranslation("report.sla.first-response-times"))
                .setAutoWidth(true);
        grid.addColumn(row -> times(row.resolutionMedian(), row.resolutionP90()))
                .setHeader(getTranslation("report.sla.resolution-times"))
                .setAutoWidth(true);
        grid.addComponentColumn(row -> {
                    Button open =
                            new Button(String.valueOf(row.breached().size()), e -> showBreached(label(row.key()), row));
                    open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                    open.setEnabled(!row.breached().isEmpty());
                    return open;
                })
                .setHeader(getTranslation("report.sla.breached"))
                .setAutoWidth(true);
        definition.setText(getTranslation("report.sla.definition"));
        refresh();
    }

    /** Runs the report for what is entered; a period that cannot be read is said and stays as typed. */
    void refresh() {
        try {
            SlaReport report = reports.report(first.getValue(), last.getValue(), grouping.getValue());
            labels = tables.labels(grouping.getValue(), getLocale());
            grid.getColumns()
                    .getFirst()
                    .setHeader(
                            getTranslation("report.group." + grouping.getValue().name()));
            grid.setItems(report.rows());
            shown = report;
            export.getElement().setAttribute("download", fileName());
            pdf.getElement().setAttribute("download", fileName().replace(".xlsx", ".pdf"));
            SlaRow all = report.total();
            total.setText(getTranslation(
                    "report.sla.total",
                    all.issues(),
                    share(all.firstResponseMet(), all.firstResponseCounted()),
                    share(all.nextUpdateMet(), all.nextUpdateCounted()),
                    share(all.resolutionMet(), all.resolutionCounted()),
                    all.breached().size()));
            showBreached(getTranslation("report.all"), all);
            showPlans();
        } catch (InvalidInputException problems) {
            Problems.show(this, problems);
        }
    }

    /** Lists the issues of a group (or of all) that missed a deadline, each opening the issue. */
    private void showPlans() {
        plansTitle.setText(getTranslation("report.sla.plans"));
        plans.removeAll();
        Map<Long, com.siteline.plan.PlanTally> byUnit = planTasks.tallies(first.getValue(), last.getValue());
        planTasks.unitNames().forEach((id, name) -> {
            com.siteline.plan.PlanTally t = byUnit.getOrDefault(id, com.siteline.plan.PlanTally.NONE);
            com.vaadin.flow.component.html.ListItem item = new com.vaadin.flow.component.html.ListItem(name + " · "
                    + getTranslation(
                            "plan.tally",
                            String.valueOf(t.planned()),
                            String.valueOf(t.onTime()),
                            String.valueOf(t.late()),
                            String.valueOf(t.missed()),
                            String.valueOf(t.overdue()),
                            String.valueOf(t.notDue()))
                    + " · "
                    + getTranslation(
                            "report.sla.plans-on-time", share((int) t.onTime(), (int) (t.planned() - t.notDue()))));
            item.setId("sla-plans-" + id);
            plans.add(item);
        });
    }

    private void showBreached(String label, SlaRow row) {
        breached.removeAll();
        breachedTitle.setText(getTranslation("report.sla.breached-of", label));
        if (row.breached().isEmpty()) {
            breached.add(new Span(getTranslation("report.sla.none-breached")));
        }
        for (long id : row.breached()) {
            Anchor link = new Anchor("issues/" + id, "#" + id);
            link.setId("sla-breached-" + id);
            breached.add(link, new Span(" "));
        }
    }

    private String fileName() {
        return "sla-" + first.getValue() + "-" + last.getValue() + ".xlsx";
    }

    /** The report as shown (its period, grouping and rows, plus the total) as an Excel workbook. */
    public byte[] workbook() {
        com.siteline.base.grid.XlsxExport.Stamp stamp = exports.stamp();
        byte[] file = tables.sla(shown, getLocale()).workbook(stamp.author(), stamp.line());
        recordExport("xlsx");
        return file;
    }

    /** The report as shown as a PDF with the embedded Chinese font. */
    public byte[] pdfFile() {
        byte[] file = tables.sla(shown, getLocale()).pdf(exports.stamp().line());
        recordExport("pdf");
        return file;
    }

    /** Kept in the audit log: the report, its period and grouping, its rows (#32). */
    private void recordExport(String format) {
        exports.exported(
                "reports/sla",
                format + " " + shown.first() + "–" + shown.last() + " " + shown.grouping(),
                shown.rows().size());
    }

    private String share(int met, int counted) {
        int percent = SlaRow.percent(met, counted);
        return percent < 0 ? getTranslation("report.no-data") : getTranslation("report.share", percent, met, counted);
    }

    private String times(long median, long p90) {
        return median < 0
                ? getTranslation("report.no-data")
                : getTranslation(
                        "report.sla.times", tables.duration(median, getLocale()), tables.duration(p90, getLocale()));
    }

    private String label(String key) {
        return labels.apply(key);
    }
}
