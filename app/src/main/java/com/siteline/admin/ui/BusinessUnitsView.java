package com.siteline.admin.ui;

import com.siteline.base.grid.GridLinks;
import com.siteline.base.ui.HistoryLink;
import com.siteline.base.ui.ViewFrame;
import com.siteline.organization.BusinessUnitSummary;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.plugin.PluginHost;
import com.siteline.plugin.PluginStatus;
import com.siteline.plugin.VariantCatalog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Administration: which business variants each business unit runs. Turning a plugin off for a unit
 * stops new projects of that variant there; its existing projects stay readable.
 */
@Route("admin/business-units")
@RolesAllowed(Role.Names.ADMIN)
@Menu(title = "nav.business-units", order = 92, icon = "vaadin:sitemap")
public class BusinessUnitsView extends ViewFrame implements LocaleChangeObserver {

    /** The premises choice for "not named". */
    private static final String NO_PREMISES = "NONE";

    private final transient OrganizationService organization;
    private final transient PluginHost plugins;
    private final transient VariantCatalog catalog;
    private final Grid<BusinessUnitSummary> grid = new Grid<>();
    private final Div editor = new Div();
    private final H3 editorTitle = new H3();
    private final CheckboxGroup<String> enabled = new CheckboxGroup<>();
    private final com.vaadin.flow.component.select.Select<String> premises =
            new com.vaadin.flow.component.select.Select<>();
    private final Button save = new Button();
    private final com.vaadin.flow.component.textfield.TextField unitName =
            new com.vaadin.flow.component.textfield.TextField();
    private final Button create = new Button();
    private final Paragraph hint = new Paragraph();
    private transient BusinessUnitSummary selected;
    private final transient GridLinks links;

    public BusinessUnitsView(
            OrganizationService organization, PluginHost plugins, VariantCatalog catalog, GridLinks links) {
        super("business-units.title");
        this.links = links;
        this.organization = organization;
        this.plugins = plugins;
        this.catalog = catalog;
        grid.setId("unit-grid");
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(event -> edit(event.getValue()));
        enabled.setId("unit-plugins");
        premises.setId("unit-premises");
        premises.setItems(
                NO_PREMISES,
                com.siteline.sdk.PremisesKind.RESIDENTIAL.name(),
                com.siteline.sdk.PremisesKind.OFFICE.name());
        save.setId("save-unit");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        editor.setId("unit-editor");
        unitName.setId("unit-name");
        unitName.setMaxLength(120);
        unitName.setWidthFull();
        editor.add(editorTitle, unitName, enabled, premises, hint, save);
        editor.setVisible(false);
        create.setId("new-unit");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> new NewUnitDialog(organization, this::pluginLabel, known(), made -> {
                    grid.setItems(organization.businessUnits());
                    grid.select(made);
                })
                .open());
        HorizontalLayout content = new HorizontalLayout(grid, editor);
        content.setWidthFull();
        content.setFlexGrow(2, grid);
        content.setFlexGrow(1, editor);
        add(create, content);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        grid.removeAllColumns();
        grid.addColumn(BusinessUnitSummary::name)
                .setHeader(getTranslation("admin.units.name"))
                .setAutoWidth(true);
        grid.addColumn(BusinessUnitSummary::code)
                .setHeader(getTranslation("admin.units.code"))
                .setAutoWidth(true);
        grid.addComponentColumn(unit -> {
                    var history = HistoryLink.to(links, "unit", Long.toString(unit.id()));
                    history.setId("unit-history-" + unit.id());
                    return history;
                })
                .setHeader(getTranslation("audit.history"))
                .setAutoWidth(true);
        grid.addColumn(unit -> unit.pluginIds().stream().map(this::pluginName).collect(Collectors.joining("、")))
                .setHeader(getTranslation("admin.units.plugins"))
                .setFlexGrow(1);
        grid.setItems(organization.businessUnits());
        enabled.setLabel(getTranslation("business-units.plugins"));
        enabled.setItemLabelGenerator(this::pluginLabel);
        premises.setLabel(getTranslation("admin.units.premises"));
        premises.setHelperText(getTranslation("admin.units.premises.help"));
        premises.setItemLabelGenerator(kind -> getTranslation("admin.units.premises." + kind));
        save.setText(getTranslation("action.save"));
        unitName.setLabel(getTranslation("admin.units.name"));
        create.setText(getTranslation("business-units.new"));
        hint.setText(getTranslation("business-units.hint"));
        if (selected != null) {
            edit(selected);
        }
    }

    private void edit(BusinessUnitSummary unit) {
        selected = unit;
        editor.setVisible(unit != null);
        if (unit == null) {
            return;
        }
        editorTitle.setText(unit.name() + " · " + unit.code());
        unitName.setValue(unit.name());
        unitName.setInvalid(false);
        LinkedHashSet<String> known = new LinkedHashSet<>(known());
        known.addAll(unit.pluginIds());
        enabled.setItems(List.copyOf(known));
        enabled.setValue(unit.pluginIds());
        premises.setValue(
                unit.premises() == null ? NO_PREMISES : unit.premises().name());
    }

    private void save() {
        try {
            BusinessUnitSummary saved = organization.changeUnit(
                    selected.id(),
                    selected.version(),
                    unitName.getValue(),
                    enabled.getValue(),
                    premises.getValue() == null || premises.getValue().equals(NO_PREMISES)
                            ? null
                            : com.siteline.sdk.PremisesKind.valueOf(premises.getValue()));
            Notification.show(getTranslation("business-units.saved", saved.name()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            selected = saved;
            grid.setItems(organization.businessUnits());
        } catch (com.siteline.base.InvalidInputException e) {
            // said at the name; what was typed and ticked stays
            unitName.setInvalid(true);
            unitName.setErrorMessage(getTranslation(e.problems().getFirst()));
        } catch (OptimisticLockingFailureException e) {
            // the admin's ticks stay on screen; they reselect the unit to see the other change
            Notification.show(getTranslation("business-units.conflict"))
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** The plugins loaded in this installation (a unit may run any of them). */
    private List<String> known() {
        return plugins.statuses().stream()
                .filter(s -> s.version() != null)
                .map(PluginStatus::id)
                .toList();
    }

    private String pluginName(String pluginId) {
        return catalog.snapshot(pluginId).map(v -> v.name().get(getLocale())).orElse(pluginId);
    }

    private String pluginLabel(String pluginId) {
        String state = plugins.status(pluginId)
                .map(s -> getTranslation("plugins.state." + s.state().name().toLowerCase()))
                .orElse(getTranslation("admin.units.plugin-missing"));
        return pluginName(pluginId) + "（" + pluginId + "，" + state + "）";
    }
}
