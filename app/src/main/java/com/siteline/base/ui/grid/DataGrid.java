package com.siteline.base.ui.grid;

import com.siteline.base.grid.ColumnFilter;
import com.siteline.base.grid.ColumnSetting;
import com.siteline.base.grid.GridQuery;
import com.siteline.base.grid.GridSort;
import com.siteline.base.grid.GridSource;
import com.siteline.base.grid.GridStateStore;
import com.siteline.base.grid.SavedView;
import com.siteline.base.grid.XlsxExport;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.HeaderRow;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The workspace grid: lazy pages and counts from the module's service, a filter per column, a quick
 * search, multi-column sort, a column chooser (visibility, order, width) kept per user, saved views
 * (built-in, private or shared), row selection with bulk actions, a side panel for the focused row,
 * keyboard (arrows move the panel, Enter opens, Esc closes) and an Excel export of exactly what is shown.
 *
 * @param <T> the row type the module's {@link GridSource} returns
 */
public class DataGrid<T> extends Composite<VerticalLayout> {

    /** Rows up to which an export runs while the user waits; beyond it, in the background with progress. */
    static final int INLINE_EXPORT_ROWS = 5_000;

    public enum FilterKind { NONE, TEXT, CHOICE, DATES }

    /** One column: its key (also its sort and filter key), header bundle key, text, optional component. */
    public static final class Column<T> {
        final String key;
        final String headerKey;
        final Function<T, String> text;
        Function<T, Component> component;
        boolean sortable;
        FilterKind filter = FilterKind.NONE;
        Supplier<List<String>> choices = List::of;
        Function<String, String> choiceLabel = Function.identity();
        boolean visibleByDefault = true;
        String width;
        Grid.Column<T> gridColumn;
        Component filterComponent;

        Column(String key, String headerKey, Function<T, String> text) {
            this.key = key;
            this.headerKey = headerKey;
            this.text = text;
        }

        public Column<T> sortable() {
            this.sortable = true;
            return this;
        }

        public Column<T> textFilter() {
            this.filter = FilterKind.TEXT;
            return this;
        }

        public Column<T> dateFilter() {
            this.filter = FilterKind.DATES;
            return this;
        }

        public Column<T> choiceFilter(Supplier<List<String>> values, Function<String, String> label) {
            this.filter = FilterKind.CHOICE;
            this.choices = values;
            this.choiceLabel = label;
            return this;
        }

        public Column<T> component(Function<T, Component> renderer) {
            this.component = renderer;
            return this;
        }

        public Column<T> hidden() {
            this.visibleByDefault = false;
            return this;
        }

        public Column<T> width(String width) {
            this.width = width;
            return this;
        }

        public String key() {
            return key;
        }
    }

    private final String gridId;
    private final transient GridSource<T> source;
    private final transient GridStateStore store;
    private final String username;
    private final Map<String, Column<T>> columns = new LinkedHashMap<>();
    private final Grid<T> grid = new Grid<>();
    private final TextField search = new TextField();
    private final ComboBox<SavedView> views = new ComboBox<>();
    private final Button saveView = new Button(VaadinIcon.BOOKMARK.create());
    private final Button deleteView = new Button(VaadinIcon.TRASH.create());
    private final Button chooseColumns = new Button(VaadinIcon.COG.create());
    private final Button export = new Button(VaadinIcon.DOWNLOAD.create());
    private final HorizontalLayout toolbar = new HorizontalLayout();
    private final HorizontalLayout bulkBar = new HorizontalLayout();
    private final Span selectionCount = new Span();
    private final Div panel = new Div();
    private final Span total = new Span();
    private final List<SavedView> presets = new ArrayList<>();
    private GridQuery query = GridQuery.empty();
    private boolean applying;
    private transient Function<T, Component> detail;
    private transient Consumer<T> opener;
    private transient Function<T, Object> identity = item -> item;
    private T focused;
    private HeaderRow filterRow;

    public DataGrid(String gridId, GridSource<T> source, GridStateStore store, String username) {
        this.gridId = gridId;
        this.source = source;
        this.store = store;
        this.username = username;
        VerticalLayout root = getContent();
        root.setPadding(false);
        root.setSizeFull();
        root.addClassName("siteline-data-grid");
        grid.setId(gridId + "-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setMultiSort(true, Grid.MultiSortPriority.APPEND);
        grid.setColumnReorderingAllowed(true);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.setPageSize(50);
        grid.setEmptyStateText(getTranslation("grid.empty"));
        grid.setSizeFull();
        grid.addColumnReorderListener(event -> persistColumns());
        grid.addColumnResizeListener(event -> persistColumns());
        grid.addSelectionListener(event -> updateBulkBar());
        grid.addItemClickListener(event -> focus(event.getItem()));
        grid.addCellFocusListener(event -> event.getItem().ifPresent(this::focus));
        grid.addItemDoubleClickListener(event -> open(event.getItem()));
        grid.addSortListener(event -> {
            if (!applying) {
                query = query.withSorts(toSorts(event.getSortOrder()));
                views.clear();
            }
        });
        Shortcuts.addShortcutListener(grid, () -> {
            if (focused != null) {
                open(focused);
            }
        }, Key.ENTER).listenOn(grid);
        Shortcuts.addShortcutListener(root, this::closePanel, Key.ESCAPE).listenOn(root);

        search.setId(gridId + "-search");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(event -> {
            if (!applying) {
                query = query.withSearch(event.getValue());
                views.clear();
                refresh();
            }
        });
        views.setId(gridId + "-views");
        views.setItemLabelGenerator(this::viewLabel);
        views.setClearButtonVisible(true);
        views.addValueChangeListener(event -> {
            if (event.isFromClient() || !applying) {
                if (event.getValue() != null) {
                    apply(event.getValue().query());
                }
                deleteView.setVisible(event.getValue() != null && !event.getValue().builtIn()
                        && username.equals(event.getValue().owner()));
            }
        });
        saveView.setId(gridId + "-save-view");
        saveView.addClickListener(click -> openSaveViewDialog());
        deleteView.setId(gridId + "-delete-view");
        deleteView.setVisible(false);
        deleteView.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        deleteView.addClickListener(click -> {
            SavedView view = views.getValue();
            if (view != null && view.id() != null) {
                store.deleteView(username, view.id());
                reloadViews();
                views.clear();
            }
        });
        chooseColumns.setId(gridId + "-columns");
        chooseColumns.addClickListener(click -> openColumnChooser());
        export.setId(gridId + "-export");
        export.addClickListener(click -> startExport());
        total.setId(gridId + "-total");
        total.addClassName("siteline-grid-total");
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.add(search, views, saveView, deleteView, chooseColumns, export, total);
        toolbar.setFlexGrow(0, search);

        bulkBar.setId(gridId + "-bulk");
        bulkBar.addClassName("siteline-bulk-bar");
        bulkBar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bulkBar.add(selectionCount);
        bulkBar.setVisible(false);

        panel.setId(gridId + "-panel");
        panel.addClassName("siteline-side-panel");
        panel.setVisible(false);
        HorizontalLayout body = new HorizontalLayout(grid, panel);
        body.setSizeFull();
        body.setFlexGrow(1, grid);
        root.add(toolbar, bulkBar, body);
        root.setFlexGrow(1, body);
    }

    // ---- configuration by the view ----

    public Column<T> column(String key, String headerKey, Function<T, String> text) {
        Column<T> column = new Column<>(key, headerKey, text);
        columns.put(key, column);
        return column;
    }

    /** Built-in views, offered first (their names are bundle keys). */
    public DataGrid<T> presets(List<SavedView> builtIns) {
        presets.clear();
        presets.addAll(builtIns);
        return this;
    }

    public DataGrid<T> detail(Function<T, Component> renderer) {
        this.detail = renderer;
        return this;
    }

    public DataGrid<T> onOpen(Consumer<T> action) {
        this.opener = action;
        return this;
    }

    /** How rows are told apart across refreshes (their ids), so the focused row and selection survive. */
    public DataGrid<T> identity(Function<T, Object> id) {
        this.identity = id;
        grid.setItems(new CallbackDataProvider<T, Void>(q -> fetch(q), q -> count(), id::apply));
        return this;
    }

    /** A button in the bar that appears while rows are selected; the action gets the selected rows. */
    public Button bulkAction(String id, String labelKey, Consumer<Set<T>> action) {
        Button button = new Button(getTranslation(labelKey));
        button.setId(gridId + "-bulk-" + id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.addClickListener(click -> action.accept(grid.getSelectedItems()));
        bulkBar.add(button);
        return button;
    }

    /** Components the view adds to the toolbar (e.g. "new issue"). */
    public void addToToolbar(Component... components) {
        toolbar.addComponentAtIndex(0, components[0]);
        for (int i = 1; i < components.length; i++) {
            toolbar.addComponentAtIndex(i, components[i]);
        }
    }

    /** Builds the columns after the view declared them, with the user's stored layout. */
    public DataGrid<T> build() {
        for (Column<T> column : columns.values()) {
            Grid.Column<T> gridColumn = column.component != null
                    ? grid.addComponentColumn(item -> column.component.apply(item))
                    : grid.addColumn(item -> column.text.apply(item));
            gridColumn.setKey(column.key).setHeader(getTranslation(column.headerKey)).setResizable(true)
                    .setAutoWidth(column.width == null).setVisible(column.visibleByDefault);
            if (column.width != null) {
                gridColumn.setWidth(column.width).setFlexGrow(0);
            }
            if (column.sortable) {
                gridColumn.setSortable(true).setSortProperty(column.key);
            }
            column.gridColumn = gridColumn;
        }
        filterRow = grid.appendHeaderRow();
        for (Column<T> column : columns.values()) {
            Component filter = filterComponent(column);
            if (filter != null) {
                column.filterComponent = filter;
                filterRow.getCell(column.gridColumn).setComponent(filter);
            }
        }
        if (grid.getDataProvider() == null || !(grid.getDataProvider() instanceof CallbackDataProvider)) {
            grid.setItems(new CallbackDataProvider<T, Void>(q -> fetch(q), q -> count(), identity::apply));
        }
        restoreColumns();
        reloadViews();
        return this;
    }

    // ---- reading ----

    private java.util.stream.Stream<T> fetch(com.vaadin.flow.data.provider.Query<T, Void> q) {
        GridQuery current = query.withSorts(q.getSortOrders().isEmpty() ? query.sorts()
                : q.getSortOrders().stream().map(o -> new GridSort(o.getSorted(),
                        o.getDirection() == SortDirection.ASCENDING)).toList());
        return source.page(username, current, q.getOffset(), q.getLimit()).stream();
    }

    /** Exact up to this many rows; beyond, the grid says "more than" and scrolls that far (filters narrow it). */
    static final int COUNT_CAP = 10_000;

    private int count() {
        long count = source.countUpTo(username, query, COUNT_CAP);
        total.setText(count > COUNT_CAP ? getTranslation("grid.total-more", COUNT_CAP) : getTranslation("grid.total", count));
        return (int) Math.min(count, COUNT_CAP);
    }

    public void refresh() {
        grid.getDataProvider().refreshAll();
    }

    /** Re-reads the focused row's panel after a change. */
    public void refreshPanel(T updated) {
        focused = updated;
        if (panel.isVisible() && detail != null) {
            panel.removeAll();
            panel.add(detail.apply(updated));
        }
    }

    /** The filter field of a column (in the grid's header row). */
    public Component filter(String key) {
        Column<T> column = columns.get(key);
        if (column == null || column.filterComponent == null) {
            throw new IllegalArgumentException("no filter on column " + key);
        }
        return column.filterComponent;
    }

    public GridQuery query() {
        return query;
    }

    public Grid<T> grid() {
        return grid;
    }

    public Optional<T> focused() {
        return Optional.ofNullable(focused);
    }

    // ---- filters and views ----

    private Component filterComponent(Column<T> column) {
        String id = gridId + "-filter-" + column.key;
        return switch (column.filter) {
            case NONE -> null;
            case TEXT -> {
                TextField field = new TextField();
                field.setId(id);
                field.setWidthFull();
                field.setClearButtonVisible(true);
                field.setValueChangeMode(ValueChangeMode.LAZY);
                field.addClassName("siteline-filter");
                field.setPlaceholder(getTranslation("grid.filter"));
                field.addValueChangeListener(e -> filterChanged(column.key, new ColumnFilter.Text(e.getValue())));
                yield field;
            }
            case CHOICE -> {
                MultiSelectComboBox<String> box = new MultiSelectComboBox<>();
                box.setId(id);
                box.setWidthFull();
                box.addClassName("siteline-filter");
                box.setItems(column.choices.get());
                box.setItemLabelGenerator(value -> choiceLabel(column, value));
                box.setClearButtonVisible(true);
                box.addValueChangeListener(e -> filterChanged(column.key, new ColumnFilter.Choice(e.getValue())));
                yield box;
            }
            case DATES -> {
                DatePicker from = new DatePicker();
                DatePicker to = new DatePicker();
                from.setId(id + "-from");
                to.setId(id + "-to");
                from.setPlaceholder(getTranslation("grid.from"));
                to.setPlaceholder(getTranslation("grid.to"));
                for (DatePicker picker : List.of(from, to)) {
                    picker.setWidth("8.5em");
                    picker.setClearButtonVisible(true);
                    picker.addClassName("siteline-filter");
                    picker.addValueChangeListener(e -> filterChanged(column.key,
                            new ColumnFilter.DateRange(from.getValue(), to.getValue())));
                }
                HorizontalLayout range = new HorizontalLayout(from, to);
                range.setSpacing(false);
                range.setId(id);
                yield range;
            }
        };
    }

    private String choiceLabel(Column<T> column, String value) {
        if (GridQuery.ME.equals(value)) {
            return getTranslation("grid.me");
        }
        if (GridQuery.NOBODY.equals(value)) {
            return getTranslation("grid.nobody");
        }
        return column.choiceLabel.apply(value);
    }

    private void filterChanged(String key, ColumnFilter filter) {
        if (applying) {
            return;
        }
        query = query.withFilter(key, filter);
        views.clear();
        refresh();
    }

    /** Shows what a query says: filters in their fields, the search text, the sort. */
    public void apply(GridQuery newQuery) {
        applying = true;
        try {
            query = newQuery;
            search.setValue(newQuery.search() == null ? "" : newQuery.search());
            for (Column<T> column : columns.values()) {
                setFilterValue(column, newQuery.filters().get(column.key));
            }
            List<GridSortOrder<T>> orders = new ArrayList<>();
            for (GridSort sort : newQuery.sorts()) {
                Column<T> column = columns.get(sort.key());
                if (column != null && column.sortable) {
                    orders.add(new GridSortOrder<>(column.gridColumn,
                            sort.ascending() ? SortDirection.ASCENDING : SortDirection.DESCENDING));
                }
            }
            grid.sort(orders);
        } finally {
            applying = false;
        }
        refresh();
    }

    @SuppressWarnings("unchecked")
    private void setFilterValue(Column<T> column, ColumnFilter filter) {
        Component component = column.filterComponent;
        if (component instanceof TextField field) {
            field.setValue(filter instanceof ColumnFilter.Text text ? text.text() : "");
        } else if (component instanceof MultiSelectComboBox<?> box) {
            ((MultiSelectComboBox<String>) box).setValue(filter instanceof ColumnFilter.Choice choice
                    ? choice.values() : Set.of());
        } else if (component instanceof HorizontalLayout range) {
            DatePicker from = (DatePicker) range.getComponentAt(0);
            DatePicker to = (DatePicker) range.getComponentAt(1);
            from.setValue(filter instanceof ColumnFilter.DateRange r ? r.from() : null);
            to.setValue(filter instanceof ColumnFilter.DateRange r ? r.to() : null);
        }
    }

    private List<SavedView> allViews() {
        List<SavedView> all = new ArrayList<>(presets);
        all.addAll(store.views(username, gridId));
        return all;
    }

    private void reloadViews() {
        views.setItems(allViews());
    }

    private String viewLabel(SavedView view) {
        if (view.builtIn()) {
            return getTranslation(view.name());
        }
        if (!username.equals(view.owner())) {
            return getTranslation("grid.view.shared-by", view.name(), view.owner());
        }
        return view.shared() ? getTranslation("grid.view.shared", view.name()) : view.name();
    }

    private void openSaveViewDialog() {
        Dialog dialog = new Dialog(getTranslation("grid.view.save"));
        TextField name = new TextField(getTranslation("grid.view.name"));
        name.setId(gridId + "-view-name");
        name.setMaxLength(80);
        name.setRequired(true);
        Checkbox shared = new Checkbox(getTranslation("grid.view.share"));
        shared.setId(gridId + "-view-shared");
        Button save = new Button(getTranslation("action.save"), click -> {
            if (name.getValue().isBlank()) {
                name.setInvalid(true);
                name.setErrorMessage(getTranslation("grid.view.name-required"));
                return;
            }
            SavedView saved = store.saveView(username, gridId, name.getValue().strip(), shared.getValue(), query);
            reloadViews();
            applying = true;
            views.setValue(allViews().stream().filter(v -> Objects.equals(v.id(), saved.id())).findFirst().orElse(null));
            applying = false;
            deleteView.setVisible(true);
            dialog.close();
        });
        save.setId(gridId + "-view-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(name, shared));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    // ---- columns ----

    private void restoreColumns() {
        List<ColumnSetting> stored = store.columns(username, gridId);
        if (stored.isEmpty()) {
            return;
        }
        List<Grid.Column<T>> order = new ArrayList<>();
        for (ColumnSetting setting : stored) {
            Column<T> column = columns.get(setting.key());
            if (column != null) {
                column.gridColumn.setVisible(setting.visible());
                if (setting.width() != null) {
                    column.gridColumn.setWidth(setting.width()).setFlexGrow(0).setAutoWidth(false);
                }
                order.add(column.gridColumn);
            }
        }
        // columns added since the layout was stored go at the end
        columns.values().stream().map(c -> c.gridColumn).filter(c -> !order.contains(c)).forEach(order::add);
        grid.setColumnOrder(order);
    }

    private void persistColumns() {
        List<ColumnSetting> settings = new ArrayList<>();
        for (Grid.Column<T> column : grid.getColumns()) {
            if (columns.containsKey(column.getKey())) {
                settings.add(new ColumnSetting(column.getKey(), column.isVisible(), column.getWidth()));
            }
        }
        store.saveColumns(username, gridId, settings);
    }

    /** The columns in display order with their visibility, as the chooser shows them. */
    public List<ColumnSetting> columnLayout() {
        return grid.getColumns().stream().filter(c -> columns.containsKey(c.getKey()))
                .map(c -> new ColumnSetting(c.getKey(), c.isVisible(), c.getWidth())).toList();
    }

    /** Applies a layout as the chooser would and stores it for the user. */
    public void changeColumns(List<ColumnSetting> layout) {
        List<Grid.Column<T>> order = new ArrayList<>();
        for (ColumnSetting setting : layout) {
            Column<T> column = columns.get(setting.key());
            column.gridColumn.setVisible(setting.visible());
            if (setting.width() != null && !setting.width().isBlank()) {
                column.gridColumn.setWidth(setting.width()).setFlexGrow(0).setAutoWidth(false);
            }
            order.add(column.gridColumn);
        }
        grid.getColumns().stream().filter(c -> !order.contains(c)).forEach(order::add);
        grid.setColumnOrder(order);
        persistColumns();
    }

    private void openColumnChooser() {
        new ColumnChooser(this, columnLayout(), key -> getTranslation(columns.get(key).headerKey), gridId).open();
    }

    // ---- selection, panel, opening ----

    private void updateBulkBar() {
        int count = grid.getSelectedItems().size();
        selectionCount.setText(getTranslation("grid.selected", count));
        bulkBar.setVisible(count > 0);
    }

    private void focus(T item) {
        focused = item;
        if (detail != null) {
            panel.removeAll();
            Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> closePanel());
            close.setId(gridId + "-panel-close");
            close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            close.setAriaLabel(getTranslation("action.close"));
            close.addClassName("siteline-panel-close");
            panel.add(close, detail.apply(item));
            panel.setVisible(true);
        }
    }

    public void closePanel() {
        panel.setVisible(false);
        panel.removeAll();
    }

    private void open(T item) {
        if (opener != null) {
            opener.accept(item);
        }
    }

    // ---- export ----

    private List<XlsxExport.Column<T>> exportColumns() {
        List<XlsxExport.Column<T>> exported = new ArrayList<>();
        for (Grid.Column<T> column : grid.getColumns()) {
            Column<T> declared = columns.get(column.getKey());
            if (declared != null && column.isVisible()) {
                exported.add(new XlsxExport.Column<>(getTranslation(declared.headerKey), declared.text));
            }
        }
        return exported;
    }

    private String fileName() {
        return gridId + "-" + LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx";
    }

    /** Exports the current view; returns the dialog that offers the file. */
    public Dialog startExport() {
        long rows = source.count(username, query);
        List<XlsxExport.Column<T>> exported = exportColumns();
        GridQuery snapshot = query;
        Dialog dialog = new Dialog(getTranslation("grid.export.title"));
        dialog.setId(gridId + "-export-dialog");
        Span status = new Span(getTranslation("grid.export.rows", Math.min(rows, XlsxExport.MAX_ROWS)));
        ProgressBar progress = new ProgressBar(0, Math.max(1, rows), 0);
        Anchor download = new Anchor();
        download.setId(gridId + "-export-download");
        download.setText(getTranslation("grid.export.download"));
        download.setVisible(false);
        dialog.add(new VerticalLayout(status, progress, download));
        dialog.getFooter().add(new Button(getTranslation("action.close"), click -> dialog.close()));
        dialog.open();
        if (rows <= INLINE_EXPORT_ROWS) {
            byte[] file = XlsxExport.toBytes(getTranslation("grid.export.sheet"), exported, source, username, snapshot,
                    written -> { });
            offer(download, progress, file);
            return dialog;
        }
        UI ui = UI.getCurrent();
        int previousPoll = ui.getPollInterval();
        ui.setPollInterval(500);
        String sheet = getTranslation("grid.export.sheet");
        CompletableFuture.supplyAsync(() -> XlsxExport.toBytes(sheet, exported, source, username, snapshot,
                        written -> ui.access(() -> progress.setValue(Math.min(written, rows)))))
                .whenComplete((file, failure) -> ui.access(() -> {
                    ui.setPollInterval(previousPoll);
                    if (failure != null) {
                        status.setText(getTranslation("grid.export.failed"));
                        Notification.show(getTranslation("grid.export.failed"));
                    } else {
                        offer(download, progress, file);
                    }
                }));
        return dialog;
    }

    private void offer(Anchor download, ProgressBar progress, byte[] file) {
        progress.setValue(progress.getMax());
        String name = fileName();
        download.setHref(DownloadHandler.fromInputStream(event -> new DownloadResponse(new ByteArrayInputStream(file),
                name, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file.length)));
        download.getElement().setAttribute("download", name);
        download.getElement().setProperty("bytes", file.length);
        download.setVisible(true);
        lastExport = file;
    }

    private transient byte[] lastExport;

    /** The last exported file, for tests and for a second download. */
    public Optional<byte[]> lastExport() {
        return Optional.ofNullable(lastExport);
    }

    private static <X> List<GridSort> toSorts(List<GridSortOrder<X>> orders) {
        List<GridSort> sorts = new ArrayList<>();
        for (GridSortOrder<X> order : orders) {
            sorts.add(new GridSort(order.getSorted().getKey(), order.getDirection() == SortDirection.ASCENDING));
        }
        return sorts;
    }

}
