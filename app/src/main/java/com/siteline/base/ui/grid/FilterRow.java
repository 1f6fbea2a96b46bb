package com.siteline.base.ui.grid;

import com.siteline.base.grid.ColumnFilter;
import com.siteline.base.grid.GridQuery;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.HeaderRow;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/** The grid's header row of filters: one field per filterable column, of the kind its definition says. */
final class FilterRow<T> {

    private final String gridId;
    private final Component context;
    private final BiConsumer<String, ColumnFilter> changed;

    /** @param changed told of every filter the user changes (column key, new filter) */
    FilterRow(String gridId, Component context, BiConsumer<String, ColumnFilter> changed) {
        this.gridId = gridId;
        this.context = context;
        this.changed = changed;
    }

    void build(Grid<T> grid, Collection<ColumnSpec<T>> columns) {
        HeaderRow row = grid.appendHeaderRow();
        for (ColumnSpec<T> column : columns) {
            Component filter = field(column);
            if (filter != null) {
                column.filterComponent = filter;
                row.getCell(column.gridColumn).setComponent(filter);
            }
        }
    }

    private Component field(ColumnSpec<T> column) {
        String id = gridId + "-filter-" + column.key();
        String key = column.key();
        return switch (column.definition.filterKind()) {
            case NONE -> null;
            case TEXT -> {
                TextField field = new TextField();
                field.setId(id);
                field.setWidthFull();
                field.setClearButtonVisible(true);
                field.setValueChangeMode(ValueChangeMode.LAZY);
                field.addClassName("siteline-filter");
                field.setPlaceholder(context.getTranslation("grid.filter"));
                field.addValueChangeListener(e -> changed.accept(key, new ColumnFilter.Text(e.getValue())));
                yield field;
            }
            case CHOICE -> {
                MultiSelectComboBox<String> box = new MultiSelectComboBox<>();
                box.setId(id);
                box.setWidthFull();
                box.addClassName("siteline-filter");
                box.setItems(column.choices.get());
                box.setItemLabelGenerator(value -> label(column, value));
                box.setClearButtonVisible(true);
                box.addValueChangeListener(e -> changed.accept(key, new ColumnFilter.Choice(e.getValue())));
                yield box;
            }
            case DATES -> {
                DatePicker from = new DatePicker();
                DatePicker to = new DatePicker();
                from.setId(id + "-from");
                to.setId(id + "-to");
                from.setPlaceholder(context.getTranslation("grid.from"));
                to.setPlaceholder(context.getTranslation("grid.to"));
                for (DatePicker picker : List.of(from, to)) {
                    picker.setWidth("8.5em");
                    picker.setClearButtonVisible(true);
                    picker.addClassName("siteline-filter");
                    picker.addValueChangeListener(
                            e -> changed.accept(key, new ColumnFilter.DateRange(from.getValue(), to.getValue())));
                }
                HorizontalLayout range = new HorizontalLayout(from, to);
                range.setSpacing(false);
                range.setId(id);
                yield range;
            }
        };
    }

    private String label(ColumnSpec<T> column, String value) {
        if (GridQuery.ME.equals(value)) {
            return context.getTranslation("grid.me");
        }
        if (GridQuery.NOBODY.equals(value)) {
            return context.getTranslation("grid.nobody");
        }
        return column.choiceLabel.apply(value);
    }

    /** Shows a query's filter of the column in its field (none: empty). */
    @SuppressWarnings("unchecked")
    static void show(ColumnSpec<?> column, ColumnFilter filter) {
        Component component = column.filterComponent;
        if (component instanceof TextField field) {
            field.setValue(filter instanceof ColumnFilter.Text text ? text.text() : "");
        } else if (component instanceof MultiSelectComboBox<?> box) {
            ((MultiSelectComboBox<String>) box)
                    .setValue(filter instanceof ColumnFilter.Choice choice ? choice.values() : Set.of());
        } else if (component instanceof HorizontalLayout range) {
            DatePicker from = (DatePicker) range.getComponentAt(0);
            DatePicker to = (DatePicker) range.getComponentAt(1);
            from.setValue(filter instanceof ColumnFilter.DateRange r ? r.from() : null);
            to.setValue(filter instanceof ColumnFilter.DateRange r ? r.to() : null);
        }
    }
}
