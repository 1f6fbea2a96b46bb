package com.siteline.access.ui;

import com.siteline.access.AccessGrid;
import com.siteline.access.AccessRequestSummary;
import com.siteline.access.AccessRequests;
import com.siteline.access.AccessStatus;
import com.siteline.base.RecordGrants;
import com.siteline.base.grid.GridQuery;
import com.siteline.base.grid.SavedView;
import com.siteline.base.ui.Formats;
import com.siteline.base.ui.ViewFrame;
import com.siteline.base.ui.grid.DataGrid;
import com.siteline.base.ui.grid.GridKit;
import com.siteline.organization.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * Access requests (查阅申请): a requester's own, and for managers those of their units waiting for a decision;
 * administrators see every request and grant. {@code access-requests?kind=CUSTOMER&record=42} opens a new
 * request for that record.
 */
@Route("access-requests")
@RolesAllowed({Role.Names.AGENT, Role.Names.MANAGER, Role.Names.ADMIN, Role.Names.PROJECT_MANAGER})
@Menu(title = "nav.access", order = 60.5, icon = "vaadin:key-o")
public class AccessRequestsView extends ViewFrame implements BeforeEnterObserver {

    private final transient AccessRequests requests;
    private final DataGrid<AccessRequestSummary> grid;

    public AccessRequestsView(AccessRequests requests, GridKit kit) {
        super("access.title");
        setId("access-requests-view");
        setSizeFull();
        this.requests = requests;
        grid = new DataGrid<>(kit, requests);
        grid.column("created", r -> Formats.minute(r.createdAt()));
        grid.column("requester", AccessRequestSummary::requesterName);
        grid.column("kind", r -> getTranslation(r.kind().messageKey()))
                .choiceLabels(k -> getTranslation("access.kind." + k));
        grid.column("record", r -> AccessTexts.record(this, r));
        grid.column("unit", AccessRequestSummary::owningUnitName);
        grid.column("reason", AccessRequestSummary::reason);
        grid.column("period", AccessTexts::period);
        grid.column("status", r -> AccessTexts.status(this, r))
                .component(r -> AccessTexts.badge(this, r))
                .choiceLabels(s -> getTranslation("access.status." + s));
        grid.presets(List.of(
                SavedView.builtIn("access.view.all", GridQuery.empty()),
                SavedView.builtIn("access.view.mine", GridQuery.empty().choice("whose", AccessGrid.MINE)),
                SavedView.builtIn("access.view.to-decide", GridQuery.empty().choice("whose", AccessGrid.TO_DECIDE)),
                SavedView.builtIn(
                        "access.view.running", GridQuery.empty().choice("status", AccessStatus.APPROVED.name()))));
        grid.identity(AccessRequestSummary::id).detail(this::panel);
        Button file = new Button(getTranslation("access.new"), VaadinIcon.PLUS.create(), click -> open(null, null));
        file.setId("access-new");
        file.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.addToToolbar(file);
        grid.build();
        add(new Paragraph(getTranslation("access.intro")), grid);
        setFlexGrow(1, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        List<String> kind = parameters.getOrDefault("kind", List.of());
        List<String> record = parameters.getOrDefault("record", List.of());
        if (!record.isEmpty()) {
            try {
                open(
                        kind.isEmpty() ? null : RecordGrants.Kind.valueOf(kind.getFirst()),
                        Long.valueOf(record.getFirst()));
            } catch (IllegalArgumentException ignored) {
                open(null, null);
            }
        }
    }

    private void open(RecordGrants.Kind kind, Long record) {
        new AccessRequestDialog(requests, kind, record, filed -> grid.refresh()).open();
    }

    private Component panel(AccessRequestSummary r) {
        Div panel = new Div();
        panel.setId("access-panel");
        panel.add(new H3(AccessTexts.record(this, r)));
        panel.add(AccessTexts.badge(this, r));
        panel.add(new Paragraph(r.requesterName() + " · " + r.owningUnitName() + " · " + AccessTexts.period(r)));
        panel.add(new Paragraph(r.reason()));
        Anchor open = new Anchor("access-requests/" + r.id(), getTranslation("access.open"));
        open.setId("access-open");
        panel.add(open);
        return panel;
    }
}
