package com.siteline.base.ui.grid;

import com.siteline.base.grid.GridColumn;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How a view shows one column of its grid's {@link GridColumn definition}: the cell text (also what the
 * export writes), an optional component, where a choice filter's values come from and how they read,
 * whether it shows by default, its width. Key, header, filter kind and sorting come from the definition.
 */
public final class ColumnSpec<T> {

    final GridColumn definition;
    final Function<T, String> text;
    /** The text an export writes (the shown text unless told otherwise: a masked phone in full for some roles). */
    Function<T, String> exported;

    Function<T, Component> component;
    Function<T, List<com.siteline.base.ui.Badge.Look>> badges;
    Supplier<List<String>> choices;
    Function<String, String> choiceLabel = Function.identity();
    boolean visibleByDefault = true;
    String width;
    boolean frozen;
    boolean phone;
    Grid.Column<T> gridColumn;
    Component filterComponent;

    ColumnSpec(GridColumn definition, Function<T, String> text) {
        this.definition = definition;
        this.text = text;
        this.exported = text;
        this.choices = definition::values;
    }

    /** What an export writes in this column instead of the shown text. */
    public ColumnSpec<T> exportedAs(Function<T, String> text) {
        this.exported = text;
        return this;
    }

    /** Where the choice filter's values come from when the definition does not fix them, and their labels. */
    public ColumnSpec<T> choices(Supplier<List<String>> values, Function<String, String> label) {
        this.choices = values;
        this.choiceLabel = label;
        return this;
    }

    /** Labels of the definition's fixed values (enum constants, tokens). */
    public ColumnSpec<T> choiceLabels(Function<String, String> label) {
        this.choiceLabel = label;
        return this;
    }

    public ColumnSpec<T> component(Function<T, Component> renderer) {
        this.component = renderer;
        return this;
    }

    /**
     * Badges drawn in the browser from their words and tones: no component a row on the server, so a grid of such
     * columns costs a session little heap and a page little time (the load test's figures, docs/benchmarks.md).
     */
    public ColumnSpec<T> badges(Function<T, List<com.siteline.base.ui.Badge.Look>> looks) {
        this.badges = looks;
        return this;
    }

    public ColumnSpec<T> hidden() {
        this.visibleByDefault = false;
        return this;
    }

    public ColumnSpec<T> width(String width) {
        this.width = width;
        return this;
    }

    /** Stays in place while the grid scrolls sideways (the record's number and title). */
    public ColumnSpec<T> frozen() {
        this.frozen = true;
        return this;
    }

    /** One of the few columns a phone shows (the grid's phone column set); none marked: the first two shown. */
    public ColumnSpec<T> phone() {
        this.phone = true;
        return this;
    }

    public String key() {
        return definition.key();
    }
}
