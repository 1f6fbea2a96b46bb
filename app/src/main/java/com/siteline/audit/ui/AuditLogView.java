package com.siteline.audit.ui;

import com.siteline.audit.AuditLog;
import com.siteline.audit.AuditRecord;
import com.siteline.audit.ChainCheck;
import com.siteline.audit.internal.AuditGrid;
import com.siteline.base.RefusedException;
import com.siteline.base.grid.GridLinks;
import com.siteline.base.ui.BackgroundTask;
import com.siteline.base.ui.Formats;
import com.siteline.base.ui.Problems;
import com.siteline.base.ui.ViewFrame;
import com.siteline.base.ui.grid.DataGrid;
import com.siteline.base.ui.grid.GridKit;
import com.siteline.organization.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The audit log (审计日志): every recorded change, newest first, filtered by user, record type, time, record and
 * address, exported as shown; and the check of the hash chain, run in the background with its progress.
 */
@Route("admin/audit")
@RolesAllowed(Role.Names.ADMIN)
@Menu(title = "nav.audit", order = 91.5, icon = "vaadin:file-text-o")
public class AuditLogView extends ViewFrame implements com.vaadin.flow.router.BeforeEnterObserver {

    /** Up to this many rows the check runs at once; a longer chain is checked in the background. */
    static final long INLINE_ROWS = 20_000;

    private final transient AuditLog log;
    private final transient GridKit kit;
    private final Span chainState = new Span();
    private final ProgressBar progress = new ProgressBar();

    private final transient GridLinks links;
    private final DataGrid<AuditRecord> grid;

    public AuditLogView(AuditLog log, GridKit kit, GridLinks links) {
        super("audit.title");
        setId("audit-view");
        setSizeFull();
        this.log = log;
        this.kit = kit;
        this.links = links;
        grid = new DataGrid<>(kit, log);
        grid.column("at", record -> Formats.minute(record.at()));
        // who by name (the filter still offers the login names, which the log keeps)
        grid.column("actor", record -> AuditTexts.who(this, record)).choices(log::actors, actor -> actor);
        grid.column("type", record -> AuditTexts.type(this, record.recordType()))
                .choiceLabels(type -> AuditTexts.type(this, type));
        grid.column("record", AuditRecord::recordId);
        grid.column("label", record -> record.recordLabel() == null ? "" : record.recordLabel());
        grid.column("action", record -> AuditTexts.action(this, record))
                .choiceLabels(action -> getTranslation("audit.action." + action));
        grid.column("address", record -> record.address() == null ? "" : record.address());
        grid.column("changes", record -> AuditTexts.changes(this, record));
        grid.identity(AuditRecord::id).detail(this::panel);
        Button verify =
                new Button(getTranslation("audit.verify"), VaadinIcon.CHECK_CIRCLE_O.create(), click -> verify());
        verify.setId("audit-verify");
        chainState.setId("audit-chain-state");
        progress.setVisible(false);
        progress.setWidth("8em");
        grid.addToToolbar(verify, progress, chainState);
        grid.build();
        add(grid);
        setFlexGrow(1, grid);
    }

    /** {@code admin/audit?q=…} opens the log filtered to that query (a record page links to its entries). */
    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter(GridLinks.PARAMETER)
                .flatMap(links::decode)
                .map(AuditGrid.DEFINITION::usable)
                .ifPresent(grid::apply);
    }

    private Component panel(AuditRecord record) {
        Div panel = new Div();
        panel.setId("audit-panel");
        panel.add(new H3(AuditTexts.type(this, record.recordType()) + " " + record.recordId()
                + (record.recordLabel() == null ? "" : " · " + record.recordLabel())));
        panel.add(new Paragraph(Formats.minute(record.at()) + " · " + AuditTexts.who(this, record) + " · "
                + AuditTexts.action(this, record) + (record.address() == null ? "" : " · " + record.address())));
        UnorderedList changes = new UnorderedList();
        record.changes().forEach(c -> changes.add(new ListItem(AuditTexts.change(this, record, c))));
        panel.add(changes);
        return panel;
    }

    private void verify() {
        if (log.entries() <= INLINE_ROWS) {
            show(log.verify(checked -> {}));
            return;
        }
        UI ui = UI.getCurrent();
        progress.setIndeterminate(true);
        progress.setVisible(true);
        chainState.setText(getTranslation("audit.verify.running"));
        BackgroundTask.start(
                kit.work(),
                () -> log.verify(checked ->
                        ui.access(() -> chainState.setText(getTranslation("audit.verify.progress", checked)))),
                result -> {
                    progress.setVisible(false);
                    show(result);
                },
                failure -> {
                    progress.setVisible(false);
                    chainState.setText("");
                    Problems.error(getTranslation(
                            failure instanceof RefusedException busy ? busy.messageKey() : "audit.verify.failed"));
                });
    }

    /** Shows what the chain check found (tests call it with a result too). */
    void show(ChainCheck result) {
        chainState.getElement().getThemeList().clear();
        if (result.intact()) {
            chainState.setText(getTranslation("audit.verify.intact", result.checked()));
            chainState.getElement().getThemeList().set("badge success", true);
        } else if (result.firstBrokenId() != null) {
            chainState.setText(getTranslation("audit.verify.broken", result.firstBrokenId(), result.checked()));
            chainState.getElement().getThemeList().set("badge error", true);
        } else {
            chainState.setText(getTranslation("audit.verify.head", result.checked()));
            chainState.getElement().getThemeList().set("badge error", true);
        }
    }
}
