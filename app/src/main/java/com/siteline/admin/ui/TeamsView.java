package com.siteline.admin.ui;

import com.siteline.base.grid.GridLinks;
import com.siteline.base.ui.HistoryLink;
import com.siteline.base.ui.ViewFrame;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.organization.TeamSummary;
import com.siteline.organization.Teams;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/** Teams (客服组 / 班组) per business unit with their lead and members; the lead gets the team's breaches. */
@Route("admin/teams")
@RolesAllowed(Role.Names.ADMIN)
@Menu(title = "nav.teams", order = 90.6, icon = "vaadin:group")
public class TeamsView extends ViewFrame {

    private final transient Teams teams;
    private final Grid<TeamSummary> grid = new Grid<>();

    public TeamsView(Teams teams, OrganizationService organization, GridLinks links) {
        super("teams.title");
        setId("teams-view");
        this.teams = teams;
        Map<String, String> people = organization.displayNames();
        grid.setId("teams-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(TeamSummary::businessUnitName)
                .setHeader(getTranslation("admin.users.units"))
                .setAutoWidth(true);
        grid.addColumn(TeamSummary::name)
                .setHeader(getTranslation("teams.name"))
                .setAutoWidth(true);
        grid.addColumn(team -> team.lead() == null ? "" : people.getOrDefault(team.lead(), team.lead()))
                .setHeader(getTranslation("teams.lead"))
                .setAutoWidth(true);
        grid.addColumn(team -> String.join(
                        "、",
                        team.members().stream()
                                .map(m -> people.getOrDefault(m, m))
                                .toList()))
                .setHeader(getTranslation("teams.members"))
                .setFlexGrow(1);
        grid.addComponentColumn(team -> {
                    Button edit = new Button(
                            getTranslation("admin.users.edit"),
                            click -> new TeamDialog(teams, organization, team, saved -> refresh()).open());
                    edit.setId("team-edit-" + team.id());
                    edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                    var history = HistoryLink.to(links, "team", Long.toString(team.id()));
                    history.setId("team-history-" + team.id());
                    return new com.vaadin.flow.component.orderedlayout.HorizontalLayout(edit, history);
                })
                .setAutoWidth(true);
        Button create = new Button(
                getTranslation("teams.new"),
                VaadinIcon.PLUS.create(),
                click -> new TeamDialog(teams, organization, null, saved -> refresh()).open());
        create.setId("new-team");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(create, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(teams.all());
    }
}
