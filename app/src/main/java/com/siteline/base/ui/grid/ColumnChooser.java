package com.siteline.base.ui.grid;

import com.siteline.base.grid.ColumnSetting;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Shows, hides, reorders and sizes a grid's columns; the result is kept for the user. */
class ColumnChooser extends Dialog {

    private final List<ColumnSetting> layout;
    private final Function<String, String> header;
    private final String gridId;
    private final VerticalLayout rows = new VerticalLayout();

    ColumnChooser(DataGrid<?> grid, List<ColumnSetting> current, Function<String, String> header, String gridId) {
        this.layout = new ArrayList<>(current);
        this.header = header;
        this.gridId = gridId;
        setId(gridId + "-column-chooser");
        setHeaderTitle(getTranslation("grid.columns.title"));
        rows.setPadding(false);
        rows.setSpacing(false);
        render();
        add(rows);
        Button apply = new Button(getTranslation("action.apply"), click -> {
            grid.changeColumns(layout);
            close();
        });
        apply.setId(gridId + "-columns-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), apply);
    }

    private void render() {
        rows.removeAll();
        for (int i = 0; i < layout.size(); i++) {
            int index = i;
            ColumnSetting setting = layout.get(i);
            Checkbox shown = new Checkbox(header.apply(setting.key()), setting.visible());
            shown.setId(gridId + "-column-" + setting.key());
            shown.addValueChangeListener(e -> layout.set(
                    index,
                    new ColumnSetting(
                            setting.key(), e.getValue(), layout.get(index).width())));
            TextField width = new TextField();
            width.setId(gridId + "-column-width-" + setting.key());
            width.setPlaceholder(getTranslation("grid.columns.auto"));
            width.setWidth("7em");
            width.setValue(setting.width() == null ? "" : setting.width());
            width.setPattern("^$|^[0-9]{2,4}(px|em|rem|%)$");
            width.addValueChangeListener(e -> layout.set(
                    index,
                    new ColumnSetting(
                            setting.key(),
                            layout.get(index).visible(),
                            e.getValue().isBlank() || width.isInvalid() ? null : e.getValue())));
            Button up = new Button(VaadinIcon.ARROW_UP.create(), click -> swap(index, index - 1));
            up.setId(gridId + "-column-up-" + setting.key());
            up.setEnabled(i > 0);
            Button down = new Button(VaadinIcon.ARROW_DOWN.create(), click -> swap(index, index + 1));
            down.setId(gridId + "-column-down-" + setting.key());
            down.setEnabled(i < layout.size() - 1);
            for (Button b : List.of(up, down)) {
                b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            }
            Icons.label(up, getTranslation("grid.columns.up"));
            Icons.label(down, getTranslation("grid.columns.down"));
            HorizontalLayout row = new HorizontalLayout(shown, width, up, down);
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            row.setFlexGrow(1, shown);
            row.setWidthFull();
            rows.add(row);
        }
    }

    private void swap(int a, int b) {
        ColumnSetting first = layout.get(a);
        layout.set(a, layout.get(b));
        layout.set(b, first);
        render();
    }
}
