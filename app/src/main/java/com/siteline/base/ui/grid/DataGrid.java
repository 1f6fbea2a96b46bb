package com.siteline.base.ui.grid;

import com.siteline.base.grid.ColumnFilter;
import com.siteline.base.grid.ColumnSetting;
import com.siteline.base.grid.GridDefinition;
import com.siteline.base.grid.GridQuery;
import com.siteline.base.grid.GridSort;
import com.siteline.base.grid.GridSource;
import com.siteline.base.grid.SavedView;
import com.siteline.base.grid.XlsxExport;
import com.siteline.base.work.BackgroundWork;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The workspace grid over a module's {@link GridSource}: lazy pages and counts, a filter per column,
 * a quick search, multi-column sort, the user's column layout, saved views, row selection with bulk
 * actions, a side panel for the focused row, keyboard (arrows move the panel, Enter opens, Esc closes)
 * and an Excel export of exactly what is shown. Its columns are the source's {@link GridDefinition};
 * the view says how each one reads ({@link #column}). The parts live in their own classes
 * ({@link FilterRow}, {@link ViewPicker}, {@link ColumnLayout}, {@link SidePanel}, {@link ExportDialog}).
 *
 * @param <T> the row type the module's {@link GridSource} returns
 */
public class DataGrid<T> extends Composite<VerticalLayout> {

    /** Exact up to this many rows; beyond, the grid says "more than" and scrolls that far (filters narrow it). */
    static final int COUNT_CAP = 10_000;

    private final GridDefinition definition;
    private final String gridId;
    private final transient GridSource<T> source;
    private final transient BackgroundWork work;
    private final transient com.siteline.base.grid.ExportRecords exports;
    private final Map<String, ColumnSpec<T>> columns = new LinkedHashMap<>();
    private final Grid<T> grid = new Grid<>();
    private final TextField search = new TextField();
    private final ViewPicker views;
    private final ColumnLayout<T> layout;
    private final SidePanel<T> panel;
    private final FilterRow<T> filters;
    private final HorizontalLayout toolbar = new HorizontalLayout();
    private final HorizontalLayout bulkBar = new HorizontalLayout();
    private final Span selectionCount = new Span();
    private final Span total = new Span();
    private GridQuery query = GridQuery.empty();
    private boolean applying;
    private transient Consumer<T> opener;
    private transient Function<T, Object> identity = item -> item;

    public DataGrid(GridKit kit, GridSource<T> source) {
        this.definition = source.definition();
        this.gridId = definition.id();
        this.source = source;
        this.work = kit.work();
        this.exports = kit.exports();
        this.views = new ViewPicker(definition, kit.store(), this, this::apply, () -> query);
        this.layout = new ColumnLayout<>(gridId, grid, columns, kit.store());
        this.panel = new SidePanel<>(gridId);
        this.filters = new FilterRow<>(gridId, this, this::filterChanged);
        VerticalLayout root = getContent();
        root.setPadding(false);
        root.setSizeFull();
        root.addClassName("siteline-data-grid");
        configureGrid(root);
        configureToolbar();
        bulkBar.setId(gridId + "-bulk");
        bulkBar.addClassName("siteline-bulk-bar");
        bulkBar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bulkBar.add(selectionCount);
        bulkBar.setVisible(false);
        HorizontalLayout body = new HorizontalLayout(grid, panel);
        body.setSizeFull();
        body.setFlexGrow(1, grid);
        root.add(toolbar, bulkBar, body);
        root.setFlexGrow(1, body);
    }

    private void configureGrid(VerticalLayout root) {
        grid.setId(gridId + "-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setMultiSort(true, Grid.MultiSortPriority.APPEND);
        grid.setColumnReorderingAllowed(true);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        // a page of rows is what a session holds of a grid (each row's record): 25 fill a desk's screen, and scrolling
        // asks the next (the load test's heap figures, docs/benchmarks.md)
        grid.setPageSize(25);
        grid.setEmptyStateText(getTranslation("grid.empty"));
        grid.setSizeFull();
        grid.addColumnReorderListener(event -> layout.persist());
        grid.addColumnResizeListener(event -> layout.persist());
        grid.addSelectionListener(event -> updateBulkBar());
        grid.addItemClickListener(event -> panel.focus(event.getItem()));
        grid.addCellFocusListener(event -> event.getItem().ifPresent(panel::focus));
        grid.addItemDoubleClickListener(event -> open(event.getItem()));
        grid.addSortListener(event -> {
            if (!applying) {
                query = query.withSorts(toSorts(event.getSortOrder()));
                views.clear();
            }
        });
        Shortcuts.addShortcutListener(grid, () -> panel.focused().ifPresent(this::open), Key.ENTER)
                .listenOn(grid);
        Shortcuts.addShortcutListener(root, panel::close, Key.ESCAPE).listenOn(root);
    }

    private void configureToolbar() {
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
        Button chooseColumns = new Button(
                VaadinIcon.COG.create(),
                click -> new ColumnChooser(
                                this,
                                layout.current(),
                                key -> getTranslation(
                                        columns.get(key).definition.labelKey()),
                                gridId)
                        .open());
        chooseColumns.setId(gridId + "-columns");
        // icon buttons say what they do, to the mouse (tooltip) and to a screen reader (label), in the user's language
        Icons.label(chooseColumns, getTranslation("grid.columns.title"));
        Button export = new Button(VaadinIcon.DOWNLOAD.create(), click -> startExport());
        export.setId(gridId + "-export");
        Icons.label(export, getTranslation("grid.export.title"));
        total.setId(gridId + "-total");
        total.addClassName("siteline-grid-total");
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.add(search);
        toolbar.add(views.components());
        toolbar.add(chooseColumns, export, total);
        toolbar.setFlexGrow(0, search);
    }

    // ---- configuration by the view ----

    /** Shows the definition's column {@code key} with this cell text (also what the export writes). */
    public ColumnSpec<T> column(String key, Function<T, String> text) {
        ColumnSpec<T> column = new ColumnSpec<>(definition.column(key), text);
        if (column.definition.queryOnly()) {
            throw new IllegalArgumentException("column " + key + " of " + gridId + " is a filter only");
        }
        columns.put(key, column);
        return column;
    }

    /** Built-in views, offered first (their names are bundle keys). */
    public DataGrid<T> presets(List<SavedView> builtIns) {
        views.presets(builtIns);
        return this;
    }

    public DataGrid<T> detail(Function<T, Component> renderer) {
        panel.detail(renderer);
        return this;
    }

    public DataGrid<T> onOpen(Consumer<T> action) {
        this.opener = action;
        return this;
    }

    /** How rows are told apart across refreshes (their ids), so the focused row and selection survive. */
    public DataGrid<T> identity(Function<T, Object> id) {
        this.identity = id;
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

    /** Components the view adds to the toolbar (e.g. "new issue"), before the search. */
    public void addToToolbar(Component... components) {
        for (int i = 0; i < components.length; i++) {
            toolbar.addComponentAtIndex(i, components[i]);
        }
    }

    /** A column's badges as a Lit template over each row's words, tones and classes (nothing kept on the server). */
    private static <T> com.vaadin.flow.data.renderer.LitRenderer<T> badges(ColumnSpec<T> column) {
        // one string a cell (badges split by U+0002, a badge's theme, classes and words by U+0001): a plain value
        // is what a renderer's property carries to the browser
        return com.vaadin.flow.data.renderer.LitRenderer.<T>of("<span class=\"siteline-badges\">${(item.b || '')"
                        + ".split('\\u0002').filter(p => p).map(p => p.split('\\u0001')).map(x => html`<span"
                        + " theme=\"${x[0]}\" class=\"siteline-badge ${x[1]}\">${x[2]}</span>`)}</span>")
                .withProperty("b", item -> badgeText(column.badges.apply(item)));
    }

    /** The badges of a cell as the renderer's one string (see {@link #badges}). */
    static String badgeText(List<com.siteline.base.ui.Badge.Look> looks) {
        return looks.stream()
                .map(look -> look.theme() + "\u0001" + (look.css() == null ? "" : look.css()) + "\u0001" + look.text())
                .collect(java.util.stream.Collectors.joining("\u0002"));
    }

    /** Builds the columns after the view declared them, with the user's stored layout and views. */
    public DataGrid<T> build() {
        for (ColumnSpec<T> column : columns.values()) {
            Grid.Column<T> gridColumn = column.badges != null
                    ? grid.addColumn(badges(column))
                    : column.component != null
                            ? grid.addComponentColumn(item -> column.component.apply(item))
                            : grid.addColumn(item -> column.text.apply(item));
            gridColumn
                    .setKey(column.key())
                    .setHeader(getTranslation(column.definition.labelKey()))
                    .setResizable(true)
                    .setAutoWidth(column.width == null)
                    .setVisible(column.visibleByDefault);
            if (column.width != null) {
                gridColumn.setWidth(column.width).setFlexGrow(0);
            }
            gridColumn.setFrozen(column.frozen);
            if (column.definition.sortable()) {
                gridColumn.setSortable(true).setSortProperty(column.key());
            }
            column.gridColumn = gridColumn;
        }
        filters.build(grid, columns.values());
        grid.setItems(new CallbackDataProvider<T, Void>(this::fetch, q -> count(), identity::apply));
        layout.restore();
        if (onPhone()) {
            phoneColumns();
        }
        views.load();
        // told once the grid is on screen: a notice opened while the view is being built would not show
        getContent().addAttachListener(event -> {
            views.reportBroken();
            event.unregisterListener();
        });
        return this;
    }

    /** The window of the user's browser is a phone's (600 px or narrower), as the browser told it at the start. */
    static boolean onPhone() {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        if (ui == null) {
            return false;
        }
        com.vaadin.flow.component.page.ExtendedClientDetails details =
                ui.getPage().getExtendedClientDetails();
        return details != null && details.getWindowInnerWidth() > 0 && details.getWindowInnerWidth() <= PHONE_WIDTH;
    }

    static final int PHONE_WIDTH = 600;

    /**
     * On a phone the grid shows its phone column set (the columns marked {@link ColumnSpec#phone()}, else the
     * first two it shows), the rest hidden for this screen only (the user's stored layout is not changed); filters
     * and views work as at the desk, and the column chooser brings any column back.
     */
    private void phoneColumns() {
        List<ColumnSpec<T>> marked =
                columns.values().stream().filter(c -> c.phone).toList();
        List<ColumnSpec<T>> keep = marked.isEmpty()
                ? columns.values().stream()
                        .filter(c -> c.gridColumn.isVisible())
                        .limit(2)
                        .toList()
                : marked;
        // the phone's width shared by the columns kept (a phone is 320 to 430 px wide, less the page's margins)
        String width = Math.max(96, 320 / Math.max(1, keep.size())) + "px";
        for (ColumnSpec<T> column : columns.values()) {
            column.gridColumn.setVisible(keep.contains(column));
            column.gridColumn.setFrozen(false);
            column.gridColumn.setAutoWidth(false);
            column.gridColumn.setWidth(width);
            column.gridColumn.setFlexGrow(1);
        }
        // no ticks to select many on a phone: the bulk actions are desk work
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.addClassName("siteline-phone-grid");
    }

    // ---- reading ----

    private Stream<T> fetch(Query<T, Void> q) {
        GridQuery current = query.withSorts(
                q.getSortOrders().isEmpty()
                        ? query.sorts()
                        : q.getSortOrders().stream()
                                .map(o -> new GridSort(o.getSorted(), o.getDirection() == SortDirection.ASCENDING))
                                .toList());
        return source.page(current, q.getOffset(), q.getLimit()).stream();
    }

    private int count() {
        long count = source.countUpTo(query, COUNT_CAP);
        total.setText(
                count > COUNT_CAP ? getTranslation("grid.total-more", COUNT_CAP) : getTranslation("grid.total", count));
        return (int) Math.min(count, COUNT_CAP);
    }

    public void refresh() {
        grid.getDataProvider().refreshAll();
    }

    /** Re-reads the focused row's panel after a change. */
    public void refreshPanel(T updated) {
        panel.refresh(updated);
    }

    /** The filter field of a column (in the grid's header row). */
    public Component filter(String key) {
        ColumnSpec<T> column = columns.get(key);
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
        return panel.focused();
    }

    public void closePanel() {
        panel.close();
    }

    // ---- filters and views ----

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
            columns.values()
                    .forEach(column -> FilterRow.show(column, newQuery.filters().get(column.key())));
            List<GridSortOrder<T>> orders = new ArrayList<>();
            for (GridSort sort : newQuery.sorts()) {
                ColumnSpec<T> column = columns.get(sort.key());
                if (column != null && column.definition.sortable()) {
                    orders.add(new GridSortOrder<>(
                            column.gridColumn, sort.ascending() ? SortDirection.ASCENDING : SortDirection.DESCENDING));
                }
            }
            grid.sort(orders);
        } finally {
            applying = false;
        }
        refresh();
    }

    // ---- columns ----

    /** The columns in display order with their visibility, as the chooser shows them. */
    public List<ColumnSetting> columnLayout() {
        return layout.current();
    }

    /** Applies a layout as the chooser would and stores it for the user. */
    public void changeColumns(List<ColumnSetting> settings) {
        layout.change(settings);
    }

    // ---- selection, opening, export ----

    private void updateBulkBar() {
        int count = grid.getSelectedItems().size();
        selectionCount.setText(getTranslation("grid.selected", count));
        bulkBar.setVisible(count > 0);
    }

    private void open(T item) {
        if (opener != null) {
            opener.accept(item);
        }
    }

    /** Exports the current view (visible columns in order, filters, sort); returns the dialog that offers the file. */
    public ExportDialog<T> startExport() {
        List<XlsxExport.Column<T>> exported = new ArrayList<>();
        for (Grid.Column<T> column : grid.getColumns()) {
            ColumnSpec<T> declared = columns.get(column.getKey());
            if (declared != null && column.isVisible()) {
                exported.add(
                        new XlsxExport.Column<>(getTranslation(declared.definition.labelKey()), declared.exported));
            }
        }
        ExportDialog<T> dialog = new ExportDialog<>(gridId);
        dialog.start(source, query, exported, work, exports);
        return dialog;
    }

    private static <X> List<GridSort> toSorts(List<GridSortOrder<X>> orders) {
        List<GridSort> sorts = new ArrayList<>();
        for (GridSortOrder<X> order : orders) {
            sorts.add(new GridSort(order.getSorted().getKey(), order.getDirection() == SortDirection.ASCENDING));
        }
        return sorts;
    }
}
