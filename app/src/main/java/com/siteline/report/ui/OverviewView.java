package com.siteline.report.ui;

import com.siteline.base.ui.EmptyState;
import com.siteline.base.ui.ViewFrame;
import com.siteline.organization.BusinessUnitSummary;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.security.CurrentUser;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** The managers' landing view: their business units now; KPIs arrive with the reports issue. */
@Route("overview")
@RolesAllowed({Role.Names.MANAGER, Role.Names.ADMIN})
@Menu(title = "nav.overview", order = 5, icon = "vaadin:dashboard")
public class OverviewView extends ViewFrame implements LocaleChangeObserver {

    private final transient List<BusinessUnitSummary> units;

    public OverviewView(CurrentUser currentUser, OrganizationService organization) {
        super("overview.title");
        setId("overview");
        this.units = currentUser.username().map(organization::businessUnitsOf).orElse(List.of());
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        add(new H2(getTranslation("overview.units")));
        UnorderedList list = new UnorderedList();
        list.setId("my-units");
        units.forEach(unit -> list.add(new ListItem(unit.name())));
        add(list, new EmptyState(VaadinIcon.CHART, getTranslation("overview.empty.title"),
                getTranslation("overview.empty.text")));
    }
}
