package com.siteline.importing.ui;

import com.siteline.base.RefusedException;
import com.siteline.base.ui.BackgroundTask;
import com.siteline.base.ui.Downloads;
import com.siteline.base.ui.Formats;
import com.siteline.base.ui.Problems;
import com.siteline.base.ui.ViewFrame;
import com.siteline.base.ui.grid.DataGrid;
import com.siteline.base.ui.grid.GridKit;
import com.siteline.importing.ImportField;
import com.siteline.importing.ImportKind;
import com.siteline.importing.ImportOptions;
import com.siteline.importing.ImportSummary;
import com.siteline.importing.Importer;
import com.siteline.importing.internal.ImportPreview;
import com.siteline.importing.internal.RowResult;
import com.siteline.importing.internal.TableReader;
import com.siteline.organization.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Import (数据导入): choose what to import, download its template, upload a file, check the column mapping and
 * the preview, choose all-or-nothing or valid rows only and what to do with duplicates, import, and download the
 * error file; the history below keeps every run. A small file is imported at once, a larger one in the
 * background with a progress bar.
 */
@Route("admin/import")
@RolesAllowed(Role.Names.ADMIN)
@Menu(title = "nav.import", order = 91.2, icon = "vaadin:upload")
public class ImportView extends ViewFrame {

    /** Files up to this size are imported while the user waits; larger ones in the background. */
    static final long INLINE_BYTES = 256 * 1024;

    private final transient Importer importer;
    private final transient GridKit kit;
    final RadioButtonGroup<ImportKind> kind = new RadioButtonGroup<>();
    private final Anchor template = new Anchor();
    private final Upload upload = new Upload();
    private final Span problem = new Span();
    private final Div work = new Div();
    final RadioButtonGroup<Boolean> mode = new RadioButtonGroup<>();
    final RadioButtonGroup<Boolean> duplicates = new RadioButtonGroup<>();
    private final Button start = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Span result = new Span();
    private final Anchor errors = new Anchor();
    private final DataGrid<ImportSummary> history;
    private transient Path file;
    private String fileName;
    private final Map<Integer, String> mapping = new LinkedHashMap<>();

    public ImportView(Importer importer, GridKit kit) {
        super("import.title");
        setId("import-view");
        this.importer = importer;
        this.kit = kit;
        add(new Paragraph(getTranslation("import.intro")));

        kind.setId("import-kind");
        kind.setLabel(getTranslation("import.kind"));
        kind.setItems(ImportKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("import.kind." + k.name()));
        kind.setValue(ImportKind.CUSTOMERS);
        kind.addValueChangeListener(e -> {
            offerTemplate();
            mapping.clear();
            refreshPreview(true);
        });
        template.setId("import-template");
        template.setText(getTranslation("import.template"));
        offerTemplate();

        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) TableReader.MAX_BYTES);
        upload.setAcceptedFileTypes(
                ".xlsx", ".csv", "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setUploadHandler(UploadHandler.toTempFile((metadata, temp) ->
                getUI().ifPresent(ui -> ui.accessSynchronously(() -> received(metadata.fileName(), temp.toPath())))));
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles()
                        .setOne(getTranslation("import.upload"))
                        .setMany(getTranslation("import.upload")))
                .setDropFiles(new UploadI18N.DropFiles()
                        .setOne(getTranslation("import.drop"))
                        .setMany(getTranslation("import.drop")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(getTranslation("import.error.type"))
                        .setFileIsTooBig(getTranslation("import.error.size", TableReader.MAX_BYTES / 1024 / 1024))
                        .setIncorrectFileType(getTranslation("import.error.type")))
                .setUnits(List.of("B", "kB", "MB", "GB", "TB")));
        upload.addFileRejectedListener(
                event -> showProblem(getTranslation("import.error.size", TableReader.MAX_BYTES / 1024 / 1024)));
        problem.setId("import-problem");
        problem.addClassName("siteline-error-text");

        mode.setId("import-mode");
        mode.setLabel(getTranslation("import.mode"));
        mode.setItems(true, false);
        mode.setItemLabelGenerator(all -> getTranslation(all ? "import.mode.all" : "import.mode.valid"));
        mode.setValue(false);
        duplicates.setId("import-duplicates");
        duplicates.setLabel(getTranslation("import.duplicates"));
        duplicates.setItems(false, true);
        duplicates.setItemLabelGenerator(
                update -> getTranslation(update ? "import.duplicates.update" : "import.duplicates.skip"));
        duplicates.setValue(false);
        duplicates.addValueChangeListener(e -> refreshPreview(false));
        start.setId("import-start");
        start.setText(getTranslation("import.start"));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(click -> startImport());
        progress.setId("import-progress");
        progress.setVisible(false);
        result.setId("import-result");
        errors.setId("import-error-file");
        errors.setText(getTranslation("import.error-file"));
        errors.setVisible(false);
        work.setId("import-work");
        work.setWidthFull();

        FlexLayout top = new FlexLayout(kind, template);
        top.addClassName("siteline-actions");
        top.setAlignItems(Alignment.BASELINE);
        add(top, upload, problem, work);

        history = new DataGrid<>(kit, importer);
        history.column("started", run -> Formats.minute(run.startedAt()));
        history.column("user", ImportSummary::username);
        history.column("kind", run -> getTranslation("import.kind." + run.kind().name()))
                .choiceLabels(k -> getTranslation("import.kind." + k));
        history.column("file", ImportSummary::fileName);
        history.column(
                        "status",
                        run -> getTranslation("import.status." + run.status().name()))
                .choiceLabels(s -> getTranslation("import.status." + s));
        history.column("rows", run -> String.valueOf(run.rows()));
        history.column(
                "result",
                run -> getTranslation(
                        "import.history.result.text", run.created(), run.updated(), run.skipped(), run.refused()));
        history.identity(ImportSummary::id).detail(this::runPanel);
        history.build();
        history.getElement().getStyle().set("height", "420px");
        add(new H3(getTranslation("import.history")), history);
    }

    private void offerTemplate() {
        ImportKind chosen = kind.getValue();
        var locale = getLocale();
        String name = "siteline-" + chosen.name().toLowerCase(java.util.Locale.ROOT) + "-template.xlsx";
        template.setHref(Downloads.of(event -> {
            byte[] bytes = importer.template(chosen, locale);
            return new DownloadResponse(new ByteArrayInputStream(bytes), name, XLSX, bytes.length);
        }));
        template.getElement().setAttribute("download", name);
    }

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A file arrived: it replaces the previous one; the preview shows how it would be imported. */
    void received(String name, Path temp) {
        discard();
        fileName = name;
        file = temp;
        mapping.clear();
        upload.clearFileList();
        refreshPreview(true);
    }

    private void refreshPreview(boolean remembered) {
        work.removeAll();
        result.setText("");
        errors.setVisible(false);
        if (file == null) {
            return;
        }
        ImportPreview preview;
        try {
            preview = importer.preview(
                    kind.getValue(), fileName, file, remembered ? null : Map.copyOf(mapping), options());
        } catch (RefusedException e) {
            showProblem(Problems.text(this, e.message()));
            return;
        }
        problem.setText("");
        mapping.clear();
        mapping.putAll(preview.mapping());
        work.add(new Paragraph(getTranslation("import.file", fileName)));
        work.add(new H3(getTranslation("import.mapping")), new Paragraph(getTranslation("import.mapping.help")));
        FlexLayout columns = new FlexLayout();
        columns.addClassName("siteline-actions");
        columns.getStyle().set("flex-wrap", "wrap");
        for (int i = 0; i < preview.headers().size(); i++) {
            int column = i;
            ComboBox<String> field = new ComboBox<>(preview.headers().get(i));
            field.setId("import-map-" + i);
            List<String> keys = new java.util.ArrayList<>(List.of(""));
            preview.kind().fields().stream().map(ImportField::key).forEach(keys::add);
            field.setItems(keys);
            field.setItemLabelGenerator(key -> key.isEmpty()
                    ? getTranslation("import.mapping.none")
                    : getTranslation(preview.kind().labelKey(key)));
            field.setValue(preview.mapping().getOrDefault(i, ""));
            field.addValueChangeListener(e -> {
                if (e.isFromClient() || e.getValue() != null) {
                    if (e.getValue() == null || e.getValue().isEmpty()) {
                        mapping.remove(column);
                    } else {
                        mapping.values().remove(e.getValue());
                        mapping.put(column, e.getValue());
                    }
                    refreshPreview(false);
                }
            });
            columns.add(field);
        }
        work.add(columns);
        Span missing = new Span();
        missing.setId("import-missing");
        missing.addClassName("siteline-error-text");
        if (!preview.missingFields().isEmpty()) {
            missing.setText(getTranslation(
                    "import.missing",
                    String.join(
                            "、",
                            preview.missingFields().stream()
                                    .map(f -> getTranslation(preview.kind().labelKey(f)))
                                    .toList())));
        }
        work.add(missing);
        work.add(new H3(getTranslation("import.preview", Importer.PREVIEW_ROWS)), previewGrid(preview));
        FlexLayout options = new FlexLayout(mode, duplicates);
        options.addClassName("siteline-actions");
        options.getStyle().set("flex-wrap", "wrap");
        start.setEnabled(preview.missingFields().isEmpty());
        FlexLayout run = new FlexLayout(start, progress, result, errors);
        run.addClassName("siteline-actions");
        run.setAlignItems(Alignment.CENTER);
        run.getStyle().set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
        work.add(options, run);
    }

    private Grid<RowResult> previewGrid(ImportPreview preview) {
        Grid<RowResult> grid = new Grid<>();
        grid.setId("import-preview");
        grid.addColumn(RowResult::row)
                .setHeader(getTranslation("import.preview.row"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> getTranslation("import.outcome." + r.outcome().name()))
                .setHeader(getTranslation("import.preview.outcome"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> String.join(
                        "；", r.reasons().stream().map(this::getTranslation).toList()))
                .setHeader(getTranslation("import.preview.reasons"))
                .setAutoWidth(true);
        for (int i = 0; i < preview.headers().size(); i++) {
            int column = i;
            grid.addColumn(r -> column < r.cells().size() ? r.cells().get(column) : "")
                    .setHeader(preview.headers().get(i))
                    .setAutoWidth(true);
        }
        grid.setItems(preview.rows());
        grid.setAllRowsVisible(true);
        grid.setPartNameGenerator(r -> r.outcome() == RowResult.Outcome.REFUSE ? "siteline-row-refused" : null);
        return grid;
    }

    private ImportOptions options() {
        return new ImportOptions(Boolean.TRUE.equals(mode.getValue()), Boolean.TRUE.equals(duplicates.getValue()));
    }

    private void startImport() {
        if (file == null) {
            return;
        }
        ImportKind chosen = kind.getValue();
        Map<Integer, String> columns = Map.copyOf(mapping);
        ImportOptions chosenOptions = options();
        var locale = getLocale();
        Path source = file;
        String name = fileName;
        long size;
        try {
            size = Files.size(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        start.setEnabled(false);
        if (size <= INLINE_BYTES) {
            try {
                finished(importer.run(chosen, name, source, columns, chosenOptions, locale, rows -> {}));
            } catch (RefusedException e) {
                start.setEnabled(true);
                showProblem(Problems.text(this, e.message()));
            }
            return;
        }
        UI ui = UI.getCurrent();
        progress.setIndeterminate(true);
        progress.setVisible(true);
        BackgroundTask.start(
                kit.work(),
                () -> {
                    long total = importer.countRows(name, source);
                    ui.access(() -> {
                        progress.setIndeterminate(false);
                        progress.setMax(Math.max(1, total));
                        progress.setValue(0);
                    });
                    // all-or-nothing reads the file twice (check, then write): its bar runs over both passes
                    long passes = chosenOptions.allOrNothing() ? 2 : 1;
                    return importer.run(chosen, name, source, columns, chosenOptions, locale, rows -> {
                        if (rows % 500 == 0) {
                            ui.access(() -> {
                                progress.setValue(Math.min(total, rows / passes));
                                result.setText(getTranslation("import.running", rows));
                            });
                        }
                    });
                },
                summary -> {
                    progress.setVisible(false);
                    finished(summary);
                },
                failure -> {
                    progress.setVisible(false);
                    start.setEnabled(true);
                    showProblem(
                            failure instanceof RefusedException refused
                                    ? Problems.text(this, refused.message())
                                    : getTranslation("import.failed"));
                });
    }

    private void finished(ImportSummary summary) {
        start.setEnabled(true);
        String text = switch (summary.status()) {
            case DONE ->
                getTranslation(
                        "import.done", summary.created(), summary.updated(), summary.skipped(), summary.refused());
            case REJECTED -> getTranslation("import.rejected", summary.refused());
            default -> getTranslation("import.failed");
        };
        result.setText(text);
        if (summary.status() == ImportSummary.Status.DONE) {
            Problems.success(text);
        } else {
            Problems.error(text);
        }
        offerErrors(errors, summary);
        history.refresh();
    }

    private void offerErrors(Anchor link, ImportSummary summary) {
        link.setVisible(summary.hasErrorFile());
        if (summary.hasErrorFile()) {
            String name = "siteline-import-" + summary.id() + "-errors.xlsx";
            link.setHref(Downloads.of(event -> importer.errorFile(summary.id())
                    .map(bytes -> new DownloadResponse(new ByteArrayInputStream(bytes), name, XLSX, bytes.length))
                    .orElse(DownloadResponse.error(404))));
            link.getElement().setAttribute("download", name);
        }
    }

    private Component runPanel(ImportSummary run) {
        Div panel = new Div();
        panel.setId("import-run-panel");
        panel.add(new H3(run.fileName()));
        panel.add(new Paragraph(getTranslation("import.status." + run.status().name()) + " · "
                + getTranslation(
                        "import.history.result.text", run.created(), run.updated(), run.skipped(), run.refused())));
        Anchor link = new Anchor();
        link.setId("import-run-errors");
        link.setText(getTranslation("import.error-file"));
        offerErrors(link, run);
        panel.add(link);
        return panel;
    }

    private void showProblem(String text) {
        problem.setText(text);
        Problems.error(text);
    }

    private void discard() {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file; the system cleans it up
            }
        }
    }

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent detachEvent) {
        discard();
        super.onDetach(detachEvent);
    }
}
