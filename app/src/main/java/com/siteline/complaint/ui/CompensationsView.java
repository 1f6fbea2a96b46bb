package com.siteline.complaint.ui;

import com.siteline.base.ui.Formats;
import com.siteline.base.ui.ViewFrame;
import com.siteline.complaint.CompensationRow;
import com.siteline.complaint.CompensationState;
import com.siteline.complaint.Compensations;
import com.siteline.issue.IssueQueries;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.security.CurrentUser;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;

/**
 * Compensations (补偿) of the user's units ({@code compensations}): those waiting for the user's approval (proposed,
 * within their level's limit, not theirs nor their issue's) and all of them; a row opens its panel with the approval
 * steps, each row links its issue.
 */
@Route("compensations")
@PermitAll
@Menu(title = "nav.compensations", order = 14.8, icon = "vaadin:money")
public class CompensationsView extends ViewFrame {

    private final transient Compensations compensations;
    private final transient IssueQueries issues;
    private final transient CurrentUser user;
    private final Map<String, String> people;
    private final Grid<CompensationRow> grid = new Grid<>();
    private final Tab waiting = new Tab();
    private final Tab all = new Tab();
    private final Div panel = new Div();

    public CompensationsView(
            Compensations compensations, IssueQueries issues, OrganizationService organization, CurrentUser user) {
        super("compensation.list.title");
        this.compensations = compensations;
        this.issues = issues;
        this.user = user;
        this.people = organization.displayNames();
        setId("compensations");
        waiting.setLabel(getTranslation("compensation.list.waiting"));
        waiting.setId("compensations-waiting");
        all.setLabel(getTranslation("compensation.list.all"));
        all.setId("compensations-all");
        Tabs tabs = new Tabs(waiting, all);
        tabs.addSelectedChangeListener(e -> load());
        grid.setId("compensations-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(CompensationRow::unitName)
                .setHeader(getTranslation("compensation.unit"))
                .setAutoWidth(true);
        grid.addComponentColumn(r -> new Anchor("issues/" + r.issueId(), "#" + r.issueId() + " " + r.issueTitle()))
                .setHeader(getTranslation("compensation.issue"))
                .setFlexGrow(2);
        grid.addColumn(r -> Compensations.yuan(r.amount()))
                .setHeader(getTranslation("compensation.amount"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation(r.levelNeeded().messageKey()))
                .setHeader(getTranslation("compensation.level"))
                .setAutoWidth(true);
        grid.addComponentColumn(r -> CompensationPanel.badge(this, r.state()))
                .setHeader(getTranslation("compensation.state"))
                .setAutoWidth(true);
        grid.addColumn(r -> person(r.proposedBy()) + " · " + Formats.minute(r.proposedAt()))
                .setHeader(getTranslation("compensation.proposed"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.decidedBy() == null ? "" : person(r.decidedBy()))
                .setHeader(getTranslation("compensation.decided"))
                .setAutoWidth(true);
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        panel.setId("compensation-side");
        add(new Paragraph(getTranslation("compensation.list.intro")), tabs, grid, panel);
        load();
    }

    private void load() {
        String me = user.username().orElseThrow();
        List<CompensationRow> rows = all.isSelected() ? compensations.all() : compensations.waitingFor(me);
        grid.setItems(rows);
        panel.removeAll();
        if (rows.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("compensation.list.none"));
            none.setId("compensations-none");
            panel.add(none);
        }
    }

    private void show(CompensationRow row) {
        panel.removeAll();
        if (row == null) {
            return;
        }
        String assignee = issues.get(row.issueId()).assignee();
        panel.add(new CompensationPanel(
                compensations,
                user.username().orElseThrow(),
                assignee,
                user.hasRole(Role.MANAGER),
                people,
                row,
                changed -> {
                    if (changed.state() != CompensationState.PROPOSED) {
                        load();
                    }
                }));
    }

    private String person(String username) {
        return people.getOrDefault(username, username);
    }
}
