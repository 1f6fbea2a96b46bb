package com.siteline.plugin.ui;

import com.siteline.base.ui.EmptyState;
import com.siteline.base.ui.Formats;
import com.siteline.base.ui.ViewFrame;
import com.siteline.organization.Role;
import com.siteline.plugin.PluginFaults;
import com.siteline.plugin.PluginHost;
import com.siteline.plugin.PluginStatus;
import com.siteline.plugin.VariantCatalog;
import com.siteline.sdk.BusinessVariant;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Administration: which plugins are installed, in which state, and why a failed one failed. */
@Route("admin/plugins")
@RolesAllowed(Role.Names.ADMIN)
@Menu(title = "nav.plugins", order = 91, icon = "vaadin:plug")
public class PluginsView extends ViewFrame implements LocaleChangeObserver {

    private final transient PluginHost plugins;
    private final transient VariantCatalog catalog;
    private final Grid<PluginStatus> grid = new Grid<>();
    private final Paragraph summary = new Paragraph();
    private final Span directory = new Span();

    private final transient PluginFaults faults;

    public PluginsView(PluginHost plugins, VariantCatalog catalog, PluginFaults faults) {
        super("plugins.title");
        this.faults = faults;
        this.plugins = plugins;
        this.catalog = catalog;
        grid.setId("plugins");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        summary.setId("plugins-summary");
        directory.addClassName("siteline-secondary");
        add(summary, grid, directory);
        localize();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        localize();
    }

    private void localize() {
        List<PluginStatus> statuses = plugins.statuses();
        Map<String, BusinessVariant> variants =
                plugins.variants().stream().collect(Collectors.toMap(BusinessVariant::id, Function.identity()));
        grid.removeAllColumns();
        grid.addColumn(PluginStatus::id)
                .setHeader(getTranslation("plugins.column.id"))
                .setAutoWidth(true);
        grid.addColumn(status -> variants.containsKey(status.id())
                        ? variants.get(status.id()).name().get(getLocale())
                        : "")
                .setHeader(getTranslation("plugins.column.name"))
                .setAutoWidth(true);
        grid.addColumn(status -> status.version() == null ? "" : status.version())
                .setHeader(getTranslation("plugins.column.version"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::stateBadge)
                .setHeader(getTranslation("plugins.column.state"))
                .setAutoWidth(true);
        grid.addColumn(this::reason)
                .setHeader(getTranslation("plugins.column.reason"))
                .setFlexGrow(1);
        grid.addComponentColumn(this::action)
                .setHeader(getTranslation("plugins.column.action"))
                .setAutoWidth(true);
        grid.setItems(statuses);
        grid.setVisible(!statuses.isEmpty());

        long started = statuses.stream()
                .filter(s -> s.state() == PluginStatus.State.STARTED)
                .count();
        long failed = statuses.stream().filter(PluginStatus::failed).count();
        summary.setText(getTranslation("plugins.summary", statuses.size(), started, failed));
        directory.setText(
                getTranslation("plugins.directory", plugins.pluginsDir().toString()));
        getChildren().filter(EmptyState.class::isInstance).toList().forEach(this::remove);
        if (statuses.isEmpty()) {
            addComponentAtIndex(
                    1,
                    new EmptyState(
                            VaadinIcon.PLUG,
                            getTranslation("plugins.empty.title"),
                            getTranslation("plugins.empty.text")));
        }
    }

    private Component action(PluginStatus status) {
        if (status.version() == null) {
            return new Span();
        }
        boolean started = status.state() == PluginStatus.State.STARTED;
        Button button = new Button(getTranslation(started ? "plugins.action.stop" : "plugins.action.start"), click -> {
            PluginStatus after = started ? catalog.stopPlugin(status.id()) : catalog.startPlugin(status.id());
            Notification.show(getTranslation(
                    "plugins.action.done",
                    after.id(),
                    getTranslation("plugins.state." + after.state().name().toLowerCase())));
            localize();
        });
        button.setId((started ? "stop-" : "start-") + status.id());
        button.addThemeVariants(
                ButtonVariant.LUMO_SMALL, started ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
        return button;
    }

    private Span stateBadge(PluginStatus status) {
        Span badge =
                new Span(getTranslation("plugins.state." + status.state().name().toLowerCase()));
        badge.addClassNames(
                "siteline-badge",
                switch (status.state()) {
                    case STARTED -> "started";
                    case DISABLED, STOPPED -> "disabled";
                    case FAILED -> "failed";
                    default -> "other";
                });
        return badge;
    }

    /** Why it failed to start, or the latest fault of a started plugin at run time. */
    private String reason(PluginStatus status) {
        if (status.reason() != null) {
            return status.reason();
        }
        return faults.latest(status.id())
                .map(fault ->
                        getTranslation("plugins.fault", Formats.minute(fault.at()), fault.hook(), fault.message()))
                .orElse("");
    }
}
