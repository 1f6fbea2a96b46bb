package com.siteline.base.ui.grid;

import com.siteline.base.RefusedException;
import com.siteline.base.grid.GridQuery;
import com.siteline.base.grid.GridSource;
import com.siteline.base.grid.XlsxExport;
import com.siteline.base.ui.Downloads;
import com.siteline.base.ui.Problems;
import com.siteline.base.work.BackgroundWork;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Exports what a grid shows to an .xlsx file and offers it for download. The file is written to a
 * temporary file (never held in memory or in the session) and deleted when the dialog closes. Small
 * exports are written while the user waits; larger ones on {@link BackgroundWork} with a progress bar.
 */
public final class ExportDialog<T> extends Dialog {

    /** Rows up to which an export runs while the user waits; beyond it, in the background with progress. */
    static final int INLINE_ROWS = 5_000;

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final String gridId;
    private final Span status = new Span();
    private final ProgressBar progress = new ProgressBar();
    private final Anchor download = new Anchor();
    private Path file;

    ExportDialog(String gridId) {
        super();
        this.gridId = gridId;
        setHeaderTitle(getTranslation("grid.export.title"));
        setId(gridId + "-export-dialog");
        download.setId(gridId + "-export-download");
        download.setText(getTranslation("grid.export.download"));
        download.setVisible(false);
        add(new VerticalLayout(status, progress, download));
        getFooter().add(new Button(getTranslation("action.close"), click -> close()));
        addDetachListener(this::discard);
    }

    /** The file this dialog offers, once written. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    void start(
            GridSource<T> source,
            GridQuery query,
            List<XlsxExport.Column<T>> columns,
            BackgroundWork work,
            com.siteline.base.grid.ExportRecords exports) {
        long rows = source.count(query);
        long limit = exports.limit();
        if (rows > limit) {
            // a bulk copy over the role's limit (不得擅自复制): refused, the attempt kept; a manager's limit is higher
            exports.refused(gridId, query.toString(), rows);
            status.setText(getTranslation("grid.export.over-limit", String.valueOf(rows), String.valueOf(limit)));
            status.getElement().setAttribute("role", "alert");
            progress.setVisible(false);
            open();
            return;
        }
        XlsxExport.Stamp stamp = exports.stamp();
        // kept when the file is offered, with the rows it holds
        java.util.function.LongConsumer recorded = written -> exports.exported(gridId, query.toString(), written);
        status.setText(getTranslation("grid.export.rows", Math.min(rows, XlsxExport.MAX_ROWS)));
        progress.setMax(Math.max(1, rows));
        open();
        String sheet = getTranslation("grid.export.sheet");
        if (rows <= INLINE_ROWS) {
            Path file = write(sheet, columns, source, query, stamp, written -> {});
            recorded.accept(Math.min(rows, XlsxExport.MAX_ROWS));
            offer(file);
            return;
        }
        UI ui = UI.getCurrent();
        int previousPoll = ui.getPollInterval();
        ui.setPollInterval(500);
        try {
            long[] count = {0};
            work.submit(() -> write(sheet, columns, source, query, stamp, written -> {
                        count[0] = written;
                        ui.access(() -> progress.setValue(Math.min(written, rows)));
                    }))
                    .whenComplete((written, failure) -> ui.access(() -> {
                        ui.setPollInterval(previousPoll);
                        if (failure != null) {
                            status.setText(getTranslation("grid.export.failed"));
                            Problems.error(getTranslation("grid.export.failed"));
                        } else {
                            recorded.accept(count[0]);
                            offer(written);
                        }
                    }));
        } catch (RefusedException busy) {
            ui.setPollInterval(previousPoll);
            status.setText(getTranslation(busy.messageKey()));
        }
    }

    private static <T> Path write(
            String sheet,
            List<XlsxExport.Column<T>> columns,
            GridSource<T> source,
            GridQuery query,
            XlsxExport.Stamp stamp,
            java.util.function.LongConsumer progress) {
        try {
            Path target = Files.createTempFile("siteline-export-", ".xlsx");
            try (OutputStream out = Files.newOutputStream(target)) {
                XlsxExport.write(out, sheet, columns, source, query, stamp, progress);
            } catch (RuntimeException | IOException e) {
                Files.deleteIfExists(target);
                throw e;
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void offer(Path written) {
        file = written;
        progress.setValue(progress.getMax());
        String name = gridId + "-" + LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx";
        long size = written.toFile().length();
        download.setHref(Downloads.of(event -> new DownloadResponse(Files.newInputStream(written), name, XLSX, size)));
        download.getElement().setAttribute("download", name);
        download.getElement().setProperty("bytes", size);
        download.setVisible(true);
    }

    private void discard(DetachEvent event) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // the temporary directory's own clean-up takes it then
            }
        }
    }
}
