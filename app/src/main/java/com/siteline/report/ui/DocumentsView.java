package com.siteline.report.ui;

import com.siteline.base.grid.GridLinks;
import com.siteline.base.grid.GridQuery;
import com.siteline.base.grid.SavedView;
import com.siteline.base.ui.Badge;
import com.siteline.base.ui.ViewFrame;
import com.siteline.base.ui.grid.DataGrid;
import com.siteline.base.ui.grid.GridKit;
import com.siteline.organization.Role;
import com.siteline.report.DocumentStatus;
import com.siteline.report.DocumentSummary;
import com.siteline.report.PeriodicDocuments;
import com.siteline.report.internal.DocumentGrid;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** The periodic documents of the manager's units: drafts to approve, approved and published ones, the archive. */
@Route("reports/documents")
@RolesAllowed({Role.Names.MANAGER, Role.Names.ADMIN})
@Menu(title = "nav.reports.documents", order = 6.2, icon = "vaadin:file-text-o")
public class DocumentsView extends ViewFrame implements com.vaadin.flow.router.BeforeEnterObserver {

    private final DataGrid<DocumentSummary> grid;

    private final transient GridLinks links;

    public DocumentsView(PeriodicDocuments documents, GridKit kit, GridLinks links) {
        super("documents.title");
        this.links = links;
        setId("documents-view");
        setSizeFull();
        grid = new DataGrid<>(kit, documents);
        grid.column("period", d -> d.first() + " – " + d.last());
        grid.column("kind", d -> getTranslation(d.kind().messageKey()))
                .choiceLabels(k -> getTranslation("documents.kind." + k));
        grid.column("unit", DocumentSummary::unitName);
        grid.column("status", d -> getTranslation(d.status().messageKey()))
                .component(this::badge)
                .choiceLabels(s -> getTranslation("documents.status." + s));
        grid.column("due", d -> d.dueOn().toString());
        grid.presets(List.of(
                SavedView.builtIn("documents.view.all", GridQuery.empty()),
                SavedView.builtIn(
                        "documents.view.drafts", GridQuery.empty().choice("status", DocumentStatus.DRAFT.name())),
                SavedView.builtIn(
                        "documents.view.published",
                        GridQuery.empty().choice("status", DocumentStatus.PUBLISHED.name()))));
        grid.identity(DocumentSummary::id)
                .detail(this::panel)
                .onOpen(d -> getUI().ifPresent(ui -> ui.navigate(DocumentView.link(d.id()))));
        grid.build();
        add(new Paragraph(getTranslation("documents.intro")), grid);
        setFlexGrow(1, grid);
    }

    /** {@code reports/documents?q=…} opens the grid filtered to that query (what the overview's tiles link to). */
    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter(GridLinks.PARAMETER)
                .flatMap(links::decode)
                .map(DocumentGrid.DEFINITION::usable)
                .ifPresent(grid::apply);
    }

    private Badge badge(DocumentSummary d) {
        Badge.Tone tone = switch (d.status()) {
            case DRAFT -> Badge.Tone.WARNING;
            case APPROVED -> Badge.Tone.INFO;
            case PUBLISHED -> Badge.Tone.SUCCESS;
        };
        return new Badge(getTranslation(d.status().messageKey()), tone);
    }

    private Component panel(DocumentSummary d) {
        Div panel = new Div();
        panel.setId("document-panel");
        panel.add(new H3(getTranslation(d.kind().messageKey()) + " · " + d.first() + " – " + d.last()));
        panel.add(badge(d));
        panel.add(new Paragraph(d.unitName()));
        if (d.summary() != null) {
            panel.add(new Paragraph(d.summary()));
        }
        Anchor open = new Anchor(DocumentView.link(d.id()), getTranslation("documents.open"));
        open.setId("document-open");
        panel.add(open);
        return panel;
    }
}
