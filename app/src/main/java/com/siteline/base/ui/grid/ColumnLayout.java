package com.siteline.base.ui.grid;

import com.siteline.base.grid.ColumnSetting;
import com.siteline.base.grid.GridStateStore;
import com.vaadin.flow.component.grid.Grid;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The user's column layout of a grid (visibility, order, width): restored when the grid opens, kept on change. */
final class ColumnLayout<T> {

    private final String gridId;
    private final Grid<T> grid;
    private final Map<String, ColumnSpec<T>> columns;
    private final GridStateStore store;

    ColumnLayout(String gridId, Grid<T> grid, Map<String, ColumnSpec<T>> columns, GridStateStore store) {
        this.gridId = gridId;
        this.grid = grid;
        this.columns = columns;
        this.store = store;
    }

    void restore() {
        List<ColumnSetting> stored = store.columns(gridId);
        if (!stored.isEmpty()) {
            // a column the definition no longer has is left out; one added since goes at the end
            show(stored.stream().filter(s -> columns.containsKey(s.key())).toList());
        }
    }

    void persist() {
        store.saveColumns(gridId, current());
    }

    /** The columns in display order with their visibility, as the chooser shows them. */
    List<ColumnSetting> current() {
        return grid.getColumns().stream()
                .filter(c -> columns.containsKey(c.getKey()))
                .map(c -> new ColumnSetting(c.getKey(), c.isVisible(), c.getWidth()))
                .toList();
    }

    /** Applies a layout as the chooser would and keeps it for the user. */
    void change(List<ColumnSetting> layout) {
        show(layout);
        persist();
    }

    private void show(List<ColumnSetting> layout) {
        List<Grid.Column<T>> order = new ArrayList<>();
        for (ColumnSetting setting : layout) {
            ColumnSpec<T> column = columns.get(setting.key());
            column.gridColumn.setVisible(setting.visible());
            if (setting.width() != null && !setting.width().isBlank()) {
                column.gridColumn.setWidth(setting.width()).setFlexGrow(0).setAutoWidth(false);
            }
            order.add(column.gridColumn);
        }
        grid.getColumns().stream().filter(c -> !order.contains(c)).forEach(order::add);
        grid.setColumnOrder(order);
    }
}
