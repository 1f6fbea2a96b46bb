package com.siteline.base.ui.grid;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Optional;
import java.util.function.Function;

/** The panel beside the grid that shows the focused row (arrows move it, Esc closes it). */
final class SidePanel<T> extends Div {

    private final String gridId;
    private transient Function<T, Component> detail;
    private T focused;

    SidePanel(String gridId) {
        this.gridId = gridId;
        setId(gridId + "-panel");
        addClassName("siteline-side-panel");
        setVisible(false);
    }

    void detail(Function<T, Component> renderer) {
        this.detail = renderer;
    }

    void focus(T item) {
        focused = item;
        if (detail != null) {
            removeAll();
            Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> close());
            close.setId(gridId + "-panel-close");
            close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            Icons.label(close, getTranslation("action.close"));
            close.addClassName("siteline-panel-close");
            add(close, detail.apply(item));
            setVisible(true);
        }
    }

    /** Re-reads the focused row's panel after a change. */
    void refresh(T updated) {
        focused = updated;
        if (isVisible() && detail != null) {
            removeAll();
            add(detail.apply(updated));
        }
    }

    void close() {
        setVisible(false);
        removeAll();
    }

    Optional<T> focused() {
        return Optional.ofNullable(focused);
    }
}
