package com.siteline.project.ui;

import com.siteline.base.BulkResult;
import com.siteline.base.RowVersion;
import com.siteline.base.grid.GridQuery;
import com.siteline.base.grid.GridSort;
import com.siteline.base.grid.SavedView;
import com.siteline.base.ui.Formats;
import com.siteline.base.ui.Problems;
import com.siteline.base.ui.ViewFrame;
import com.siteline.base.ui.grid.DataGrid;
import com.siteline.base.ui.grid.GridKit;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.organization.UserSummary;
import com.siteline.plugin.VariantCatalog;
import com.siteline.project.ProjectGrid;
import com.siteline.project.ProjectService;
import com.siteline.project.ProjectSummary;
import com.siteline.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Projects of the user's business units; the project managers' landing view. */
@Route("projects")
@RolesAllowed({Role.Names.PROJECT_MANAGER, Role.Names.AGENT, Role.Names.MANAGER, Role.Names.ADMIN})
@Menu(title = "nav.projects", order = 20, icon = "vaadin:building")
public class ProjectListView extends ViewFrame {

    private final transient ProjectService projects;
    private final transient VariantCatalog catalog;
    private final String username;
    private final Map<String, String> people;
    private final DataGrid<ProjectSummary> grid;
    private final List<UserSummary> colleagues;

    public ProjectListView(
            ProjectService projects,
            VariantCatalog catalog,
            OrganizationService organization,
            GridKit kit,
            CurrentUser currentUser) {
        super("projects.title");
        setId("projects");
        setSizeFull();
        this.projects = projects;
        this.catalog = catalog;
        this.username = currentUser.username().orElseThrow();
        this.people = organization.displayNames();
        Map<Long, String> units = organization.unitNamesOf(username);
        this.colleagues = organization.colleaguesOf(username);
        List<String> colleagues =
                this.colleagues.stream().map(u -> u.username()).toList();
        List<String> variants = catalog.variantIds();
        grid = new DataGrid<>(kit, projects);
        grid.column("name", ProjectSummary::name)
                .component(p -> new Anchor("projects/" + p.id(), p.name()))
                .phone();
        grid.column("customer", ProjectSummary::customerName);
        grid.column("variant", p -> variantName(p.variantId())).choices(() -> variants, this::variantName);
        grid.column("stage", this::stageName)
                .choices(this::stageIds, this::stageLabel)
                .phone();
        grid.column("pm", p -> person(p.team().projectManager())).choices(() -> withMe(colleagues), this::person);
        grid.column("value", p -> money(p.team().contractValue()));
        grid.column(
                "plannedEnd",
                p -> p.team().plannedEnd() == null ? "" : p.team().plannedEnd().toString());
        grid.column("unit", ProjectSummary::businessUnitName)
                .choices(
                        () -> units.keySet().stream().map(String::valueOf).toList(), id -> units.get(Long.valueOf(id)));
        grid.column("state", p -> getTranslation(p.completed() ? "project.completed" : "projects.state.open"))
                .choiceLabels(v -> getTranslation("projects.state." + v))
                .hidden();
        boolean fullExport = com.siteline.organization.Role.mayExportContacts(currentUser.roles());
        // the site's address masked on the list and in an agent's export (号码脱敏); the project's page shows it
        grid.column("address", p -> com.siteline.base.Masks.address(p.address()))
                .exportedAs(
                        fullExport
                                ? p -> p.address() == null ? "" : p.address()
                                : p -> com.siteline.base.Masks.address(p.address()))
                .hidden();
        grid.column("created", p -> Formats.day(p.createdAt()));
        List<SavedView> presets = new ArrayList<>(List.of(
                SavedView.builtIn("projects.view.all", GridQuery.empty()),
                SavedView.builtIn("projects.view.mine", GridQuery.empty().choice("pm", GridQuery.ME)),
                SavedView.builtIn(
                        "projects.view.open",
                        GridQuery.empty().choice("state", ProjectGrid.OPEN).sortedBy(GridSort.asc("plannedEnd")))));
        for (String variant : variants) {
            presets.add(new SavedView(
                    null,
                    null,
                    "inbox.view.plugin." + variant,
                    true,
                    GridQuery.empty().choice("variant", variant),
                    true));
        }
        grid.presets(presets);
        grid.identity(ProjectSummary::id).detail(this::panel).onOpen(this::open);
        grid.bulkAction("pm", "projects.bulk.pm", selected -> {
            Dialog dialog = new Dialog(getTranslation("projects.bulk.pm"));
            ComboBox<String> pm = new ComboBox<>();
            pm.setId("bulk-value");
            pm.setItems(colleagues);
            pm.setItemLabelGenerator(this::person);
            Button apply = new Button(getTranslation("action.apply"), click -> {
                if (pm.getValue() == null) {
                    pm.setInvalid(true);
                    return;
                }
                BulkResult result = projects.assignProjectManager(
                        selected.stream()
                                .map(p -> new RowVersion(p.id(), p.version()))
                                .toList(),
                        pm.getValue());
                dialog.close();
                grid.grid().deselectAll();
                grid.refresh();
                Problems.report(this, result, id -> projectName(selected, id));
            });
            apply.setId("bulk-apply");
            apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            dialog.add(pm);
            dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), apply);
            dialog.open();
        });
        Button create = new Button(getTranslation("projects.new"), VaadinIcon.PLUS.create());
        create.setId("new-project");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setEnabled(!projects.unitsForNewProjects().isEmpty());
        create.addClickListener(click -> new NewProjectDialog(
                        projects,
                        username,
                        created -> getUI().ifPresent(ui -> ui.navigate(ProjectDetailView.class, created.id())))
                .open());
        grid.addToToolbar(create);
        grid.build();
        add(grid);
        setFlexGrow(1, grid);
    }

    private Component panel(ProjectSummary project) {
        Div panel = new Div();
        panel.setId("project-panel");
        panel.add(new H3(project.name()));
        panel.add(new Paragraph(getTranslation("projects.column.customer") + ": " + project.customerName()));
        panel.add(new Paragraph(getTranslation("projects.column.variant") + ": " + variantName(project.variantId())));
        panel.add(new Paragraph(getTranslation("projects.column.stage") + ": " + stageName(project)));
        panel.add(new Paragraph(getTranslation("projects.column.pm") + ": "
                + person(project.team().projectManager())
                + " · " + getTranslation("projects.column.designer") + ": "
                + person(project.team().designer())
                + " · " + getTranslation("projects.column.agent") + ": "
                + person(project.team().agent())));
        panel.add(new Paragraph(getTranslation("projects.column.value") + ": "
                + money(project.team().contractValue())));
        panel.add(new Paragraph(getTranslation("projects.column.planned") + ": "
                + nz(project.team().plannedStart()) + " – " + nz(project.team().plannedEnd())
                + " · " + getTranslation("projects.column.actual") + ": "
                + nz(project.team().actualStart()) + " – " + nz(project.team().actualEnd())));
        if (project.address() != null) {
            panel.add(new Paragraph(getTranslation("projects.column.address") + ": "
                    + com.siteline.base.Masks.address(project.address())));
        }
        Button team = new Button(
                getTranslation("projects.team.edit"),
                click -> new TeamDialog(projects, username, project, colleagues, people, saved -> {
                            grid.refresh();
                            grid.refreshPanel(saved);
                        })
                        .open());
        team.setId("project-team");
        team.addThemeVariants(ButtonVariant.LUMO_SMALL);
        panel.add(team);
        Button open = new Button(getTranslation("projects.open"), click -> open(project));
        open.setId("project-open");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        panel.add(open);
        if (project.customerId() != null) {
            panel.add(new Anchor("customers/" + project.customerId(), getTranslation("customer.open-360")));
        }
        return panel;
    }

    private void open(ProjectSummary project) {
        getUI().ifPresent(ui -> ui.navigate(ProjectDetailView.class, project.id()));
    }

    private List<String> withMe(List<String> colleagues) {
        List<String> values = new ArrayList<>();
        values.add(GridQuery.ME);
        values.addAll(colleagues);
        return values;
    }

    private String person(String user) {
        if (user == null) {
            return "—";
        }
        if (GridQuery.ME.equals(user)) {
            return getTranslation("grid.me");
        }
        return people.getOrDefault(user, user);
    }

    private String money(BigDecimal value) {
        return value == null
                ? ""
                : NumberFormat.getCurrencyInstance(Locale.CHINA).format(value);
    }

    private List<String> stageIds() {
        List<String> ids = new ArrayList<>();
        for (String variant : catalog.variantIds()) {
            catalog.snapshot(variant)
                    .ifPresent(v -> v.stages().forEach(s -> {
                        if (!ids.contains(s.id())) {
                            ids.add(s.id());
                        }
                    }));
        }
        return ids;
    }

    private String stageLabel(String stageId) {
        for (String variant : catalog.variantIds()) {
            var name = catalog.snapshot(variant)
                    .flatMap(v -> v.stage(stageId))
                    .map(s -> s.name().get(getLocale()));
            if (name.isPresent()) {
                return name.get();
            }
        }
        return stageId;
    }

    private String variantName(String variantId) {
        return catalog.snapshot(variantId).map(v -> v.name().get(getLocale())).orElse(variantId);
    }

    private String stageName(ProjectSummary project) {
        if (project.closed()) {
            return getTranslation("project.completed");
        }
        return catalog.snapshot(project.variantId())
                .flatMap(v -> v.stage(project.currentStageId()))
                .map(stage -> stage.name().get(getLocale()))
                .orElse(project.currentStageId());
    }

    public DataGrid<ProjectSummary> dataGrid() {
        return grid;
    }

    private static String nz(Object value) {
        return value == null ? "?" : value.toString();
    }

    private static String projectName(java.util.Collection<ProjectSummary> selected, long id) {
        return selected.stream()
                .filter(p -> p.id() == id)
                .map(ProjectSummary::name)
                .findFirst()
                .orElse("#" + id);
    }
}
