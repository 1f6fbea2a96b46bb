package com.siteline.project.ui;

import com.siteline.base.ui.EmptyState;
import com.siteline.base.ui.ViewFrame;
import com.siteline.organization.Role;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Projects; the project managers' landing view. The project grid arrives with a later issue. */
@Route("projects")
@RolesAllowed({Role.Names.PROJECT_MANAGER, Role.Names.AGENT, Role.Names.MANAGER, Role.Names.ADMIN})
@Menu(title = "nav.projects", order = 20, icon = "vaadin:building")
public class ProjectListView extends ViewFrame implements LocaleChangeObserver {

    public ProjectListView() {
        super("projects.title");
        setId("projects");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        add(new EmptyState(VaadinIcon.BUILDING, getTranslation("projects.empty.title"),
                getTranslation("projects.empty.text")));
    }
}
