package com.siteline.improvement.ui;

import com.siteline.base.grid.GridLinks;
import com.siteline.base.grid.GridQuery;
import com.siteline.base.grid.SavedView;
import com.siteline.base.ui.Formats;
import com.siteline.base.ui.ViewFrame;
import com.siteline.base.ui.grid.DataGrid;
import com.siteline.base.ui.grid.GridKit;
import com.siteline.improvement.ImprovementRow;
import com.siteline.improvement.ImprovementSource;
import com.siteline.improvement.ImprovementState;
import com.siteline.improvement.Improvements;
import com.siteline.improvement.internal.ImprovementGrid;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The improvement actions of the user's units ({@code improvements}): open, overdue, waiting for verification,
 * verified; each opens its panel. Actions are raised here from a report's row, a campaign's result or anything else,
 * and on the issue page (a closed complaint, a poor survey answer) and a post-project review's panel.
 */
@Route("improvements")
@RolesAllowed({Role.Names.PROJECT_MANAGER, Role.Names.AGENT, Role.Names.MANAGER, Role.Names.ADMIN})
@Menu(title = "nav.improvements", order = 14.7, icon = "vaadin:trending-up")
public class ImprovementsView extends ViewFrame implements BeforeEnterObserver {

    private final transient GridLinks links;
    private final transient Improvements improvements;
    private final DataGrid<ImprovementRow> grid;
    private final Map<String, String> people;
    private final String user;
    private final boolean manager;
    private final Map<Long, String> units;

    public ImprovementsView(
            Improvements improvements,
            GridKit kit,
            GridLinks links,
            OrganizationService organization,
            CurrentUser currentUser) {
        super("improvement.title");
        this.improvements = improvements;
        this.links = links;
        this.people = organization.displayNames();
        this.user = currentUser.username().orElseThrow();
        this.manager = currentUser.hasRole(Role.MANAGER);
        this.units = organization.unitNamesOf(user);
        setId("improvements-view");
        setSizeFull();
        LocalDate today = Formats.today();
        grid = new DataGrid<>(kit, improvements);
        grid.column("due", r -> r.dueOn().toString());
        grid.column("state", r -> ImprovementPanel.badge(this, r, today).getText())
                .component(r -> ImprovementPanel.badge(this, r, today))
                .choiceLabels(s -> getTranslation("improvement.state." + s));
        grid.column("measure", ImprovementRow::measure);
        grid.column("source", r -> getTranslation(r.source().messageKey()))
                .choiceLabels(s -> getTranslation("improvement.source." + s));
        grid.column("label", ImprovementRow::sourceLabel);
        grid.column("owner", r -> people.getOrDefault(r.owner(), r.owner()))
                .choices(() -> List.copyOf(people.keySet()), u -> people.getOrDefault(u, u));
        grid.column("raised", r -> Formats.minute(r.raisedAt()));
        grid.column("verified", r -> r.verifiedAt() == null ? "" : Formats.minute(r.verifiedAt()));
        grid.column("unit", ImprovementRow::unitName);
        GridQuery open = GridQuery.empty().choice("state", ImprovementState.OPEN.name());
        grid.presets(List.of(
                SavedView.builtIn("improvement.view.open", open),
                SavedView.builtIn("improvement.view.mine", open.choice("owner", GridQuery.ME)),
                SavedView.builtIn(
                        "improvement.view.verify",
                        GridQuery.empty().choice("state", ImprovementState.IMPLEMENTED.name())),
                SavedView.builtIn(
                        "improvement.view.verified",
                        GridQuery.empty().choice("state", ImprovementState.VERIFIED.name())),
                SavedView.builtIn("improvement.view.all", GridQuery.empty())));
        grid.identity(ImprovementRow::id).detail(this::panel);
        grid.build();
        Button raise = new Button(getTranslation("improvement.raise"), e -> raise(today));
        raise.setId("improvement-raise");
        add(new Paragraph(getTranslation("improvement.intro")), raise, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter(GridLinks.PARAMETER)
                .flatMap(links::decode)
                .map(ImprovementGrid.DEFINITION::usable)
                .ifPresent(grid::apply);
    }

    DataGrid<ImprovementRow> grid() {
        return grid;
    }

    private void raise(LocalDate today) {
        Map<String, String> staff = new LinkedHashMap<>();
        units.keySet().forEach(u -> improvements.usersOf(u).forEach(n -> staff.put(n, people.getOrDefault(n, n))));
        ImprovementDialog dialog = new ImprovementDialog(
                improvements,
                List.of(ImprovementSource.REPORT_ROW, ImprovementSource.CAMPAIGN, ImprovementSource.OTHER),
                null,
                "",
                units,
                staff,
                today);
        dialog.addSavedListener(e -> {
            com.siteline.base.ui.Problems.success(getTranslation("improvement.saved"));
            grid.refresh();
        });
        dialog.open();
    }

    private Component panel(ImprovementRow r) {
        return new ImprovementPanel(improvements, user, manager, people, r, done -> {
            grid.refresh();
            grid.refreshPanel(done);
        });
    }
}
