package com.siteline.admin.ui;

import com.siteline.base.ui.Formats;
import com.siteline.base.ui.ViewFrame;
import com.siteline.organization.BusinessUnitSummary;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.organization.UserSummary;
import com.siteline.plugin.PluginFaults;
import com.siteline.plugin.PluginHost;
import com.siteline.plugin.PluginStatus;
import com.siteline.sdk.BusinessVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The administrators' landing view: plugin health first (a failed plugin is the first thing an
 * admin must see), then the business units with the plugins they run, then the users.
 */
@Route("admin")
@RolesAllowed(Role.Names.ADMIN)
@Menu(title = "nav.admin", order = 90, icon = "vaadin:cog")
public class AdministrationView extends ViewFrame implements LocaleChangeObserver {

    private final transient OrganizationService organization;
    private final transient PluginHost plugins;
    private final Div pluginAlert = new Div();
    private final H2 unitsTitle = new H2();
    private final Grid<BusinessUnitSummary> units = new Grid<>();
    private final H2 usersTitle = new H2();
    private final Grid<UserSummary> users = new Grid<>();

    private final transient PluginFaults faults;

    public AdministrationView(OrganizationService organization, PluginHost plugins, PluginFaults faults) {
        super("admin.title");
        this.faults = faults;
        this.organization = organization;
        this.plugins = plugins;
        pluginAlert.setId("plugin-alert");
        pluginAlert.addClassName("siteline-alert");
        units.setId("business-units");
        units.setAllRowsVisible(true);
        users.setId("users");
        users.setAllRowsVisible(true);
        add(pluginAlert, unitsTitle, units, usersTitle, users);
        localize();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        localize();
    }

    private void localize() {
        List<PluginStatus> failed = plugins.statuses().stream()
                .filter(s -> s.failed() || faults.latest(s.id()).isPresent())
                .toList();
        pluginAlert.removeAll();
        pluginAlert.setVisible(!failed.isEmpty());
        if (!failed.isEmpty()) {
            pluginAlert.add(
                    new Span(getTranslation(
                            "admin.plugins.failed",
                            failed.size(),
                            failed.stream().map(PluginStatus::id).collect(Collectors.joining(", ")))),
                    new Span(" "),
                    new Anchor("admin/plugins", getTranslation("admin.plugins.open")));
        }

        Map<String, String> variantNames = plugins.variants().stream()
                .collect(Collectors.toMap(BusinessVariant::id, v -> v.name().get(getLocale())));
        unitsTitle.setText(getTranslation("admin.units.title"));
        units.removeAllColumns();
        units.addColumn(BusinessUnitSummary::name)
                .setHeader(getTranslation("admin.units.name"))
                .setAutoWidth(true);
        units.addColumn(BusinessUnitSummary::code)
                .setHeader(getTranslation("admin.units.code"))
                .setAutoWidth(true);
        units.addColumn(unit -> unit.pluginIds().stream()
                        .map(id -> variantNames.getOrDefault(
                                id, id + " (" + getTranslation("admin.units.plugin-missing") + ")"))
                        .collect(Collectors.joining("、")))
                .setHeader(getTranslation("admin.units.plugins"))
                .setFlexGrow(1);
        units.setItems(organization.businessUnits());

        usersTitle.setText(getTranslation("admin.users.title"));
        users.removeAllColumns();
        users.addColumn(UserSummary::username)
                .setHeader(getTranslation("admin.users.username"))
                .setAutoWidth(true);
        users.addColumn(UserSummary::displayName)
                .setHeader(getTranslation("admin.users.name"))
                .setAutoWidth(true);
        users.addColumn(user -> user.roles().stream()
                        .map(role -> getTranslation(role.messageKey()))
                        .sorted()
                        .collect(Collectors.joining("、")))
                .setHeader(getTranslation("admin.users.roles"))
                .setAutoWidth(true);
        users.addColumn(user -> String.join("、", user.businessUnitNames()))
                .setHeader(getTranslation("admin.users.units"))
                .setFlexGrow(1);
        users.addColumn(user -> user.lastSignInAt() == null
                        ? getTranslation("admin.users.never")
                        : Formats.minute(user.lastSignInAt()))
                .setHeader(getTranslation("admin.users.last-sign-in"))
                .setKey("last-sign-in")
                .setAutoWidth(true);
        users.setItems(organization.users());
    }
}
