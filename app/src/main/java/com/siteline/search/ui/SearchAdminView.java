package com.siteline.search.ui;

import com.siteline.base.ui.Formats;
import com.siteline.base.ui.ViewFrame;
import com.siteline.organization.Role;
import com.siteline.search.IndexState;
import com.siteline.search.SearchIndex;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;

/**
 * The search index for admins ({@code admin/search}): backend, size, per record type the documents against the
 * rows, and a rebuild in the background with its progress.
 */
@Route("admin/search")
@RolesAllowed(Role.Names.ADMIN)
@Menu(title = "nav.admin.search", order = 91.8, icon = "vaadin:search")
public class SearchAdminView extends ViewFrame implements com.vaadin.flow.router.BeforeEnterObserver {

    private final transient SearchIndex index;
    private final Paragraph summary = new Paragraph();
    private final Paragraph rebuild = new Paragraph();
    private final ProgressBar progress = new ProgressBar();
    private final Grid<IndexState.TypeCount> types = new Grid<>();
    private final Button start = new Button();
    private Registration polling;

    public SearchAdminView(SearchIndex index) {
        super("search.admin.title");
        this.index = index;
        summary.setId("search-admin-summary");
        rebuild.setId("search-admin-rebuild");
        progress.setId("search-admin-progress");
        types.setId("search-admin-types");
        types.setAllRowsVisible(true);
        types.addColumn(t -> getTranslation("search.kind." + t.kind())).setHeader(getTranslation("search.admin.type"));
        types.addColumn(IndexState.TypeCount::documents).setHeader(getTranslation("search.admin.documents"));
        types.addColumn(IndexState.TypeCount::rows).setHeader(getTranslation("search.admin.rows"));
        types.addColumn(t -> getTranslation(t.inStep() ? "search.admin.in-step" : "search.admin.out-of-step"))
                .setHeader(getTranslation("search.admin.state"));
        start.setId("search-admin-start");
        start.setText(getTranslation("search.admin.start"));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(click -> {
            if (!index.rebuild()) {
                rebuild.setText(getTranslation("search.admin.already"));
            }
            refresh();
        });
        add(summary, types, start, progress, rebuild);
    }

    void refresh() {
        IndexState state = index.state();
        String size = state.sizeBytes() == null
                ? getTranslation("search.admin.size-remote")
                : String.format(java.util.Locale.ROOT, "%.1f MB", state.sizeBytes() / 1_048_576.0);
        summary.setText(getTranslation(
                "search.admin.summary",
                getTranslation("search.backend." + state.backend()),
                size,
                getTranslation(state.inStep() ? "search.admin.all-in-step" : "search.admin.some-out-of-step")));
        if (state.heldBy() != null) {
            summary.setText(summary.getText() + " " + getTranslation("search.unavailable", state.heldBy()));
        }
        types.setItems(state.types());
        show(new SearchIndex.Progress(
                state.rebuilding(), state.done(), state.total(), state.rebuildEnded(), state.failure()));
    }

    /** The rebuild's part of the page. */
    private void show(SearchIndex.Progress rebuilt) {
        progress.setVisible(rebuilt.running());
        start.setEnabled(!rebuilt.running());
        if (rebuilt.running()) {
            progress.setIndeterminate(rebuilt.total() == 0);
            progress.setValue(rebuilt.total() == 0 ? 0 : Math.min(1.0, (double) rebuilt.done() / rebuilt.total()));
            rebuild.setText(getTranslation(
                    "search.admin.running", String.valueOf(rebuilt.done()), String.valueOf(rebuilt.total())));
        } else if (rebuilt.failure() != null) {
            rebuild.setText(getTranslation("search.admin.failed", rebuilt.failure()));
        } else if (rebuilt.ended() != null) {
            rebuild.setText(getTranslation(
                    "search.admin.done", Formats.minute(rebuilt.ended()), String.valueOf(rebuilt.done())));
        } else {
            rebuild.setText("");
        }
    }

    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        attach.getUI().setPollInterval(1000);
        // while a rebuild runs only its progress is read; the counts once it has ended
        polling = attach.getUI().addPollListener(poll -> {
            if (progress.isVisible()) {
                SearchIndex.Progress rebuilt = index.progress();
                if (rebuilt.running()) {
                    show(rebuilt);
                } else {
                    refresh();
                }
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (polling != null) {
            polling.remove();
        }
        detach.getUI().setPollInterval(60_000);
    }
}
