package com.siteline.project.ui;

import com.siteline.base.ui.EmptyState;
import com.siteline.base.ui.ViewFrame;
import com.siteline.organization.Role;
import com.siteline.plugin.VariantCatalog;
import com.siteline.project.ProjectService;
import com.siteline.project.ProjectSummary;
import com.siteline.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Projects of the user's business units; the project managers' landing view. */
@Route("projects")
@RolesAllowed({Role.Names.PROJECT_MANAGER, Role.Names.AGENT, Role.Names.MANAGER, Role.Names.ADMIN})
@Menu(title = "nav.projects", order = 20, icon = "vaadin:building")
public class ProjectListView extends ViewFrame implements LocaleChangeObserver {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault());

    private final transient ProjectService projects;
    private final transient VariantCatalog catalog;
    private final String username;
    private final Grid<ProjectSummary> grid = new Grid<>();
    private final Button create = new Button(VaadinIcon.PLUS.create());

    public ProjectListView(ProjectService projects, VariantCatalog catalog, CurrentUser currentUser) {
        super("projects.title");
        setId("projects");
        this.projects = projects;
        this.catalog = catalog;
        this.username = currentUser.username().orElseThrow();
        create.setId("new-project");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> new NewProjectDialog(projects, username,
                created -> getUI().ifPresent(ui -> ui.navigate(ProjectDetailView.class, created.id()))).open());
        grid.setId("project-grid");
        grid.addItemDoubleClickListener(event -> open(event.getItem()));
        grid.addItemClickListener(event -> {
            if (event.getClickCount() == 1 && event.getColumn() != null && "name".equals(event.getColumn().getKey())) {
                open(event.getItem());
            }
        });
        grid.setItems(query -> projects.page(username, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) projects.count(username));
    }

    private void open(ProjectSummary project) {
        getUI().ifPresent(ui -> ui.navigate(ProjectDetailView.class, project.id()));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        create.setText(getTranslation("projects.new"));
        create.setEnabled(!projects.unitsForNewProjects(username).isEmpty());
        grid.removeAllColumns();
        grid.addColumn(ProjectSummary::name).setKey("name").setHeader(getTranslation("projects.column.name"))
                .setSortProperty("name").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(ProjectSummary::customerName).setHeader(getTranslation("projects.column.customer"))
                .setSortProperty("customerName").setAutoWidth(true);
        grid.addColumn(p -> variantName(p.variantId())).setHeader(getTranslation("projects.column.variant")).setAutoWidth(true);
        grid.addColumn(ProjectSummary::businessUnitName).setHeader(getTranslation("projects.column.unit")).setAutoWidth(true);
        grid.addColumn(this::stageName).setHeader(getTranslation("projects.column.stage")).setAutoWidth(true);
        grid.addColumn(p -> DAY.format(p.createdAt())).setHeader(getTranslation("projects.column.created"))
                .setSortProperty("createdAt").setAutoWidth(true);
        add(new HorizontalLayout(create));
        if (projects.count(username) == 0) {
            add(new EmptyState(VaadinIcon.BUILDING, getTranslation("projects.empty.title"), getTranslation("projects.empty.text")));
        } else {
            add(grid);
            grid.getDataProvider().refreshAll();
        }
    }

    private String variantName(String variantId) {
        return catalog.snapshot(variantId).map(v -> v.name().get(getLocale())).orElse(variantId);
    }

    private String stageName(ProjectSummary project) {
        if (project.completed()) {
            return getTranslation("project.completed");
        }
        return catalog.snapshot(project.variantId()).flatMap(v -> v.stage(project.currentStageId()))
                .map(stage -> stage.name().get(getLocale())).orElse(project.currentStageId());
    }
}
