package com.siteline.backup.ui;

import com.siteline.backup.BackupFile;
import com.siteline.backup.Backups;
import com.siteline.base.ui.BackgroundTask;
import com.siteline.base.ui.Formats;
import com.siteline.base.ui.Problems;
import com.siteline.base.ui.ViewFrame;
import com.siteline.base.work.BackgroundWork;
import com.siteline.organization.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;

/**
 * The backups for administrators ({@code admin/backups}): where they go and how often, every backup kept with its
 * size and check, a backup now, and the restore procedure with the exact command for the newest backup.
 */
@Route("admin/backups")
@RolesAllowed(Role.Names.ADMIN)
@Menu(title = "nav.admin.backups", order = 91.9, icon = "vaadin:archive")
public class BackupsView extends ViewFrame implements BeforeEnterObserver {

    private final transient Backups backups;
    private final transient BackgroundWork work;
    private final Paragraph setup = new Paragraph();
    private final Grid<BackupFile> grid = new Grid<>();
    private final Button now = new Button();
    private final Span state = new Span();
    private final OrderedList procedure = new OrderedList();

    public BackupsView(Backups backups, BackgroundWork work) {
        super("backup.title");
        this.backups = backups;
        this.work = work;
        setup.setId("backups-setup");
        grid.setId("backups-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(b -> Formats.minute(b.at()))
                .setHeader(getTranslation("backup.at"))
                .setAutoWidth(true);
        grid.addColumn(b -> getTranslation(b.kind().messageKey()))
                .setHeader(getTranslation("backup.kind"))
                .setAutoWidth(true);
        grid.addColumn(b -> size(b.bytes()))
                .setHeader(getTranslation("backup.size"))
                .setAutoWidth(true);
        grid.addColumn(b -> String.valueOf(b.tables())).setHeader(getTranslation("backup.tables"));
        grid.addColumn(b -> String.valueOf(b.auditRows())).setHeader(getTranslation("backup.audit-rows"));
        grid.addComponentColumn(this::checkBadge)
                .setHeader(getTranslation("backup.check"))
                .setAutoWidth(true);
        grid.addColumn(BackupFile::name)
                .setHeader(getTranslation("backup.file"))
                .setFlexGrow(1);
        now.setId("backups-now");
        now.setText(getTranslation("backup.now"));
        now.setIcon(VaadinIcon.ARCHIVE.create());
        now.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        now.addClickListener(click -> backupNow());
        state.setId("backups-state");
        procedure.setId("backups-restore");
        add(setup, new com.vaadin.flow.component.orderedlayout.HorizontalLayout(now, state), grid);
        add(new H3(getTranslation("backup.restore.title")), procedure);
    }

    private Span checkBadge(BackupFile backup) {
        Span badge = new Span(getTranslation(backup.checked() ? "backup.checked" : "backup.unchecked"));
        badge.getElement().getThemeList().add(backup.checked() ? "badge success" : "badge error");
        badge.getElement().setAttribute("title", backup.check());
        return badge;
    }

    private void backupNow() {
        now.setEnabled(false);
        state.setText(getTranslation("backup.running"));
        BackgroundTask.start(
                work,
                backups::backupNow,
                taken -> {
                    now.setEnabled(true);
                    state.setText(getTranslation(
                            taken.checked() ? "backup.done" : "backup.done-unchecked",
                            taken.name(),
                            size(taken.bytes()),
                            taken.check()));
                    refresh();
                },
                failure -> {
                    now.setEnabled(true);
                    state.setText("");
                    Problems.error(getTranslation("backup.failed", String.valueOf(failure.getMessage())));
                });
    }

    void refresh() {
        Backups.Setup where = backups.setup();
        List<BackupFile> kept = backups.list();
        setup.setText(getTranslation(
                where.mariadb() ? "backup.setup.mariadb" : "backup.setup.h2", where.database(), where.directory()));
        grid.setItems(kept);
        procedure.removeAll();
        String file = kept.isEmpty()
                ? where.directory() + "/siteline-….sql.gz"
                : where.directory() + "/" + kept.getFirst().name();
        if (where.mariadb()) {
            step("backup.restore.mariadb.1", file);
            step("backup.restore.mariadb.2", where.database());
            step("backup.restore.mariadb.3", where.host() + ":" + where.port());
        } else {
            step("backup.restore.h2.1", file);
            step("backup.restore.h2.2", where.database());
        }
        step("backup.restore.index");
    }

    private void step(String key, Object... params) {
        procedure.add(new ListItem(getTranslation(key, params)));
    }

    static String size(long bytes) {
        return bytes < 1_048_576
                ? String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0)
                : String.format(Locale.ROOT, "%.1f MB", bytes / 1_048_576.0);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }
}
