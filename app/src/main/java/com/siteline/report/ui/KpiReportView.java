package com.siteline.report.ui;

import com.siteline.base.InvalidInputException;
import com.siteline.base.ui.Downloads;
import com.siteline.base.ui.Formats;
import com.siteline.base.ui.Problems;
import com.siteline.base.ui.ViewFrame;
import com.siteline.organization.Role;
import com.siteline.report.KpiPeriod;
import com.siteline.report.KpiReports;
import com.siteline.report.SlaGrouping;
import com.siteline.report.internal.KpiFormula;
import com.siteline.report.internal.KpiReport;
import com.siteline.report.internal.KpiRow;
import com.siteline.report.internal.ReportTables;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.text.DecimalFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The KPI scorecard of a month or quarter: the weighted score per agent, team, unit or plugin, ranked,
 * with its change against the period before; a row opens the issues behind its numbers.
 */
@Route("reports/kpi")
@RolesAllowed({Role.Names.MANAGER, Role.Names.ADMIN})
@Menu(title = "nav.reports.kpi", order = 6.1, icon = "vaadin:trophy")
public class KpiReportView extends ViewFrame implements LocaleChangeObserver, BeforeEnterObserver {

    private final transient KpiReports reports;
    private final transient ReportTables tables;
    private final Select<KpiPeriod> period = new Select<>();
    private final DatePicker day = new DatePicker();
    private final Select<SlaGrouping> grouping = new Select<>();
    private final Button show = new Button("", e -> refresh());
    private final Anchor excel = new Anchor();
    private final Anchor pdf = new Anchor();
    private final Grid<KpiRow> grid = new Grid<>();
    private final Paragraph total = new Paragraph();
    private final Paragraph note = new Paragraph();
    private final H2 drillTitle = new H2();
    private final Paragraph explain = new Paragraph();
    private final Grid<KpiRow.KpiItem> items = new Grid<>();
    private final Paragraph definition = new Paragraph();
    private transient KpiReport shown;
    private final transient com.siteline.base.grid.ExportRecords exports;
    private final transient com.siteline.training.Trainings trainings;
    /** The trainings each handler attended in the shown period (beside their scores, not part of them). */
    private java.util.Map<String, Integer> trained = java.util.Map.of();

    /** The names of the shown grouping's keys, read once per scorecard. */
    private transient java.util.function.Function<String, String> labels = key -> key;

    public KpiReportView(
            KpiReports reports,
            ReportTables tables,
            Clock clock,
            com.siteline.training.Trainings trainings,
            com.siteline.base.grid.ExportRecords exports) {
        super("kpi.title");
        this.exports = exports;
        this.trainings = trainings;
        setId("kpi-report");
        this.reports = reports;
        this.tables = tables;
        period.setId("kpi-period");
        period.setItems(KpiPeriod.values());
        period.setValue(KpiPeriod.MONTH);
        period.setItemLabelGenerator(p -> getTranslation("kpi.period." + p.name()));
        day.setId("kpi-day");
        day.setValue(LocalDate.now(clock.withZone(Formats.zone())).minusMonths(1));
        grouping.setId("kpi-grouping");
        grouping.setItems(List.of(SlaGrouping.AGENT, SlaGrouping.TEAM, SlaGrouping.UNIT, SlaGrouping.PLUGIN));
        grouping.setValue(SlaGrouping.AGENT);
        grouping.setItemLabelGenerator(g -> getTranslation("report.group." + g.name()));
        show.setId("kpi-show");
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        excel.setId("kpi-export");
        excel.setHref(
                download(this::workbook, ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        pdf.setId("kpi-pdf");
        pdf.setHref(download(this::pdfFile, ".pdf", "application/pdf"));
        HorizontalLayout bar = new HorizontalLayout(period, day, grouping, show, excel, pdf);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        grid.setId("kpi-grid");
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> drill(e.getItem()));
        total.setId("kpi-total");
        note.setId("kpi-note");
        explain.setId("kpi-explain");
        items.setId("kpi-items");
        items.setAllRowsVisible(true);
        items.addItemClickListener(e -> e.getSource()
                .getUI()
                .ifPresent(ui -> ui.navigate("issues/" + e.getItem().id())));
        definition.setId("kpi-definition");
        add(bar, note, total, grid, drillTitle, explain, items, definition);
    }

    private DownloadHandler download(Supplier<byte[]> file, String suffix, String type) {
        return Downloads.of(event -> {
            byte[] bytes = file.get();
            return new DownloadResponse(
                    new java.io.ByteArrayInputStream(bytes), fileName() + suffix, type, bytes.length);
        });
    }

    /** {@code ?period=QUARTER&day=2026-10-01&by=TEAM} in the address opens that scorecard. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters =
                event.getLocation().getQueryParameters().getParameters();
        try {
            if (parameters.containsKey("period")) {
                period.setValue(KpiPeriod.valueOf(parameters.get("period").getFirst()));
            }
            if (parameters.containsKey("day")) {
                day.setValue(LocalDate.parse(parameters.get("day").getFirst()));
            }
            if (parameters.containsKey("by")
                    && KpiReports.GROUPINGS.contains(
                            SlaGrouping.valueOf(parameters.get("by").getFirst()))) {
                grouping.setValue(SlaGrouping.valueOf(parameters.get("by").getFirst()));
            }
        } catch (IllegalArgumentException | java.time.DateTimeException unreadable) {
            // an address that cannot be read opens the default scorecard
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        period.setLabel(getTranslation("kpi.period"));
        day.setLabel(getTranslation("kpi.day"));
        grouping.setLabel(getTranslation("report.grouping"));
        show.setText(getTranslation("report.show"));
        excel.setText(getTranslation("report.export-xlsx"));
        pdf.setText(getTranslation("report.export-pdf"));
        grid.removeAllColumns();
        grid.addColumn(row -> row.rank() == 0 ? "–" : String.valueOf(row.rank()))
                .setHeader(getTranslation("kpi.rank"))
                .setAutoWidth(true);
        grid.addColumn(row -> labels.apply(row.key()))
                .setHeader(getTranslation("report.group." + grouping.getValue().name()))
                .setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(KpiRow::issues)
                .setHeader(getTranslation("report.sla.issues"))
                .setAutoWidth(true);
        grid.addColumn(row -> figure(row.response()))
                .setHeader(getTranslation("kpi.response"))
                .setAutoWidth(true);
        grid.addColumn(row -> figure(row.resolution()))
                .setHeader(getTranslation("kpi.resolution"))
                .setAutoWidth(true);
        grid.addColumn(row -> figure(row.satisfaction()))
                .setHeader(getTranslation("kpi.satisfaction"))
                .setAutoWidth(true);
        grid.addColumn(row -> figure(row.score()))
                .setHeader(getTranslation("kpi.score"))
                .setAutoWidth(true);
        grid.addColumn(row -> change(row.change()))
                .setHeader(getTranslation("kpi.change"))
                .setAutoWidth(true);
        grid.addColumn(row -> tables.duration(row.handlingMedian(), getLocale()))
                .setHeader(getTranslation("kpi.handling"))
                .setAutoWidth(true);
        grid.addColumn(row -> figure(row.repeatRate()))
                .setHeader(getTranslation("kpi.repeat-rate"))
                .setAutoWidth(true);
        grid.addColumn(row -> figure(row.reopenRate()))
                .setHeader(getTranslation("kpi.reopen-rate"))
                .setAutoWidth(true);
        grid.addColumn(row -> grouping.getValue() == SlaGrouping.AGENT
                        ? String.valueOf(trained.getOrDefault(row.key(), 0))
                        : "")
                .setHeader(getTranslation("kpi.trainings"))
                .setAutoWidth(true);
        items.removeAllColumns();
        items.addColumn(item -> "#" + item.id())
                .setHeader(getTranslation("kpi.drill.issue"))
                .setAutoWidth(true);
        items.addColumn(item -> item.responseTaken() == null ? "–" : tables.duration(item.responseTaken(), getLocale()))
                .setHeader(getTranslation("kpi.drill.taken"))
                .setAutoWidth(true);
        items.addColumn(item ->
                        item.responseTarget() == null ? "–" : tables.duration(item.responseTarget(), getLocale()))
                .setHeader(getTranslation("kpi.drill.target"))
                .setAutoWidth(true);
        items.addColumn(item -> figure(item.responseScore()))
                .setHeader(getTranslation("kpi.drill.points"))
                .setAutoWidth(true);
        items.addColumn(item -> getTranslation(
                        !item.resolutionCounted()
                                ? "kpi.drill.resolved.none"
                                : item.resolutionMet() ? "kpi.drill.resolved.met" : "kpi.drill.resolved.missed"))
                .setHeader(getTranslation("kpi.drill.resolved"))
                .setAutoWidth(true);
        items.addColumn(item -> item.repeat() ? getTranslation("kpi.drill.yes") : "")
                .setHeader(getTranslation("kpi.drill.repeat"))
                .setAutoWidth(true);
        items.addColumn(item -> item.reopened() ? getTranslation("kpi.drill.yes") : "")
                .setHeader(getTranslation("kpi.drill.reopened"))
                .setAutoWidth(true);
        items.addColumn(item -> item.rating() == null ? "" : "★".repeat(item.rating()))
                .setHeader(getTranslation("kpi.drill.rating"))
                .setAutoWidth(true);
        definition.setText(getTranslation("kpi.definition"));
        note.setText(getTranslation("kpi.no-satisfaction"));
        refresh();
    }

    /** Runs the scorecard for what is chosen; the total's issues open first. */
    void refresh() {
        try {
            shown = reports.scorecard(period.getValue(), day.getValue(), grouping.getValue());
            trained = trainings.attendedBetween(shown.first(), shown.last());
            labels = tables.labels(grouping.getValue(), getLocale());
            grid.getColumns()
                    .get(1)
                    .setHeader(
                            getTranslation("report.group." + grouping.getValue().name()));
            grid.setItems(shown.rows());
            String name = fileName();
            excel.getElement().setAttribute("download", name + ".xlsx");
            pdf.getElement().setAttribute("download", name + ".pdf");
            KpiRow all = shown.total();
            total.setText(getTranslation(
                            "kpi.drill.title",
                            getTranslation("report.all"),
                            getTranslation("kpi.period." + shown.period().name()) + " "
                                    + ReportTables.period(shown.first(), shown.last(), getLocale()))
                    + " · " + explanation(all));
            drill(all);
        } catch (InvalidInputException problems) {
            Problems.show(this, problems);
        }
    }

    /** Shows the issues behind a row's numbers and how its score came about. */
    void drill(KpiRow row) {
        String label =
                row.key().isEmpty() && row == shown.total() ? getTranslation("report.all") : labels.apply(row.key());
        drillTitle.setText(getTranslation("kpi.drill.title", label, figure(row.score())));
        explain.setText(explanation(row));
        items.setItems(reports.items(shown, row.key(), row == shown.total()));
    }

    private String explanation(KpiRow row) {
        return getTranslation(
                "kpi.drill.explain",
                figure(row.score()),
                figure(row.response()),
                Math.round(row.responseWeight()),
                figure(row.resolution()),
                Math.round(row.resolutionWeight()),
                figure(row.satisfaction()),
                Math.round(row.satisfactionWeight()));
    }

    public byte[] pdfFile() {
        byte[] file = tables.kpi(shown, getLocale()).pdf(exports.stamp().line());
        recordExport("pdf");
        return file;
    }

    public byte[] workbook() {
        com.siteline.base.grid.XlsxExport.Stamp stamp = exports.stamp();
        byte[] file = tables.kpi(shown, getLocale()).workbook(stamp.author(), stamp.line());
        recordExport("xlsx");
        return file;
    }

    /** Kept in the audit log: the scorecard, its period and grouping, its rows (#32). */
    private void recordExport(String format) {
        exports.exported(
                "reports/kpi",
                format + " " + shown.first() + "–" + shown.last() + " " + shown.grouping(),
                shown.rows().size());
    }

    public KpiReport shown() {
        return shown;
    }

    private String fileName() {
        return shown == null
                ? "kpi"
                : "kpi-" + shown.period().name().toLowerCase(java.util.Locale.ROOT) + "-" + shown.first();
    }

    /** A figure as the exports give it (ReportTables.figure: one decimal, halves rounded up), so both agree. */
    private String figure(double value) {
        return KpiFormula.has(value)
                ? new DecimalFormat("0.0").format(ReportTables.figure(value))
                : getTranslation("report.no-data");
    }

    private String change(double value) {
        return KpiFormula.has(value)
                ? (value > 0 ? "+" : "") + new DecimalFormat("0.0").format(ReportTables.figure(value))
                : "–";
    }
}
