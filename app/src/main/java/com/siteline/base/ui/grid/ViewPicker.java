package com.siteline.base.ui.grid;

import com.siteline.base.Actors;
import com.siteline.base.InvalidInputException;
import com.siteline.base.grid.GridDefinition;
import com.siteline.base.grid.GridQuery;
import com.siteline.base.grid.GridStateStore;
import com.siteline.base.grid.SavedView;
import com.siteline.base.grid.ViewProblem;
import com.siteline.base.ui.Problems;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The grid's views: built-in ones first, then the user's own and those others shared; save the current
 * query as a view, delete one's own. A stored view is checked against the grid's definition when it is
 * loaded: one that names a column or value the grid no longer has is marked, its owner is told what no
 * longer holds, and choosing it shows what still does.
 */
final class ViewPicker {

    private final String gridId;
    private final GridDefinition definition;
    private final GridStateStore store;
    private final Component context;
    private final String username = Actors.current();
    private final ComboBox<SavedView> views = new ComboBox<>();
    private final Button save = new Button(VaadinIcon.BOOKMARK.create());
    private final Button delete = new Button(VaadinIcon.TRASH.create());
    private final List<SavedView> presets = new ArrayList<>();
    private boolean quiet;

    /**
     * @param chosen  applies a chosen view's query
     * @param current the query to save
     */
    ViewPicker(
            GridDefinition definition,
            GridStateStore store,
            Component context,
            Consumer<GridQuery> chosen,
            Supplier<GridQuery> current) {
        this.gridId = definition.id();
        this.definition = definition;
        this.store = store;
        this.context = context;
        views.setId(gridId + "-views");
        views.setItemLabelGenerator(this::label);
        views.setClearButtonVisible(true);
        views.addValueChangeListener(event -> {
            if (event.isFromClient() || !quiet) {
                SavedView view = event.getValue();
                if (view != null) {
                    List<ViewProblem> problems = definition.check(view.query());
                    if (!problems.isEmpty()) {
                        Problems.error(describe(view, problems));
                    }
                    chosen.accept(definition.usable(view.query()));
                }
                delete.setVisible(view != null && !view.builtIn() && username.equals(view.owner()));
            }
        });
        save.setId(gridId + "-save-view");
        Icons.label(save, context.getTranslation("grid.view.save"));
        Icons.label(delete, context.getTranslation("grid.view.delete"));
        save.addClickListener(click -> openSaveDialog(current.get()));
        delete.setId(gridId + "-delete-view");
        delete.setVisible(false);
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(click -> {
            SavedView view = views.getValue();
            if (view != null && view.id() != null) {
                store.deleteView(view.id());
                reload();
                views.clear();
            }
        });
    }

    Component[] components() {
        return new Component[] {views, save, delete};
    }

    void presets(List<SavedView> builtIns) {
        presets.clear();
        presets.addAll(builtIns);
    }

    /** Loads the views; {@link #reportBroken()} then tells the user which of their own no longer fit. */
    void load() {
        reload();
    }

    /** Tells the owner which of their views name what the grid no longer has (once the grid is on screen). */
    void reportBroken() {
        List<String> broken = store.views(gridId).stream()
                .filter(v -> username.equals(v.owner()))
                .filter(v -> !definition.check(v.query()).isEmpty())
                .map(v -> describe(v, definition.check(v.query())))
                .toList();
        if (!broken.isEmpty()) {
            Problems.error(String.join(" ", broken)).setId(gridId + "-broken-views");
        }
    }

    /** The user moved away from the chosen view (changed a filter, the search or the sort). */
    void clear() {
        views.clear();
    }

    private List<SavedView> reload() {
        List<SavedView> all = new ArrayList<>(presets);
        all.addAll(store.views(gridId));
        views.setItems(all);
        return all;
    }

    private String describe(SavedView view, List<ViewProblem> problems) {
        return context.getTranslation(
                "grid.view.broken",
                view.name(),
                problems.stream()
                        .map(p -> context.getTranslation(p.messageKey(), p.column(), p.value()))
                        .collect(Collectors.joining("; ")));
    }

    private String label(SavedView view) {
        if (view.builtIn()) {
            return context.getTranslation(view.name());
        }
        String name = definition.check(view.query()).isEmpty() ? view.name() : "⚠ " + view.name();
        if (!username.equals(view.owner())) {
            return context.getTranslation("grid.view.shared-by", name, view.owner());
        }
        return view.shared() ? context.getTranslation("grid.view.shared", name) : name;
    }

    private void openSaveDialog(GridQuery query) {
        Dialog dialog = new Dialog(context.getTranslation("grid.view.save"));
        TextField name = new TextField(context.getTranslation("grid.view.name"));
        name.setId(gridId + "-view-name");
        name.setMaxLength(80);
        name.setRequired(true);
        Checkbox shared = new Checkbox(context.getTranslation("grid.view.share"));
        shared.setId(gridId + "-view-shared");
        Button confirm = new Button(context.getTranslation("action.save"), click -> {
            if (name.getValue().isBlank()) {
                name.setInvalid(true);
                name.setErrorMessage(context.getTranslation("grid.view.name-required"));
                return;
            }
            SavedView saved;
            try {
                saved = store.saveView(gridId, name.getValue().strip(), shared.getValue(), query);
            } catch (InvalidInputException e) {
                name.setInvalid(true);
                name.setErrorMessage(context.getTranslation(e.problems().getFirst()));
                return;
            }
            List<SavedView> all = reload();
            quiet = true;
            views.setValue(all.stream()
                    .filter(v -> Objects.equals(v.id(), saved.id()))
                    .findFirst()
                    .orElse(null));
            quiet = false;
            delete.setVisible(true);
            dialog.close();
        });
        confirm.setId(gridId + "-view-save");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(name, shared));
        dialog.getFooter().add(new Button(context.getTranslation("action.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }
}
