package com.siteline.search.ui;

import com.siteline.search.SearchResults;
import com.siteline.search.SearchService;
import com.siteline.search.SearchText;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;

/**
 * The header's search box for all staff: results grouped by record type as one types, the first one
 * selected; Ctrl+K focuses the box, arrow keys move the selection, Enter opens it, Escape closes the list.
 */
@org.springframework.modulith.NamedInterface("ui")
public class SearchBox extends Div implements LocaleChangeObserver {

    static final int PER_TYPE = 5;

    private final transient SearchService search;
    private final TextField field = new TextField();
    private final Div panel = new Div();
    private List<Anchor> rows = List.of();
    private int selected = -1;
    private String shown = "";

    public SearchBox(SearchService search) {
        this.search = search;
        addClassName("siteline-search");
        field.setId("search-box");
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        field.setClearButtonVisible(true);
        field.setMaxLength(SearchText.MAX_QUERY);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(250);
        field.addValueChangeListener(change -> show(change.getValue()));
        // the value typed is read with the key, so Enter right after typing opens what was typed
        field.getElement()
                .addEventListener(
                        "keydown",
                        key -> onKey(
                                key.getEventData().get("event.key").asString(),
                                key.getEventData().get("element.value").asString()))
                .addEventData("event.key")
                .addEventData("element.value")
                .setFilter("['ArrowDown','ArrowUp','Enter','Escape'].includes(event.key)")
                .preventDefault();
        panel.setId("search-results");
        panel.addClassName("siteline-search-results");
        panel.getElement().setAttribute("role", "listbox");
        panel.setVisible(false);
        add(field, panel);
        Shortcuts.addShortcutListener(
                this, (com.vaadin.flow.server.Command) field::focus, Key.KEY_K, KeyModifier.CONTROL);
        localize();
    }

    /** The key pressed in the box with the text it held. */
    void onKey(String key, String value) {
        if (!value.equals(shown) && !"Escape".equals(key)) {
            field.setValue(value);
            show(value);
        }
        switch (key) {
            case "ArrowDown" -> select(rows.isEmpty() ? -1 : (selected + 1) % rows.size());
            case "ArrowUp" -> select(rows.isEmpty() ? -1 : (selected - 1 + rows.size()) % rows.size());
            case "Enter" -> open();
            case "Escape" -> close();
            default -> {}
        }
    }

    private void open() {
        if (selected >= 0) {
            String location = rows.get(selected).getHref();
            close();
            UI.getCurrent().navigate(location);
        } else if (!shown.isBlank()) {
            String text = shown;
            close();
            UI.getCurrent().navigate(SearchView.ROUTE, QueryParameters.simple(Map.of(SearchView.PARAMETER, text)));
        }
    }

    private void close() {
        panel.setVisible(false);
        selected = -1;
    }

    private void show(String text) {
        shown = text == null ? "" : text;
        if (shown.isBlank()) {
            close();
            panel.removeAll();
            rows = List.of();
            return;
        }
        SearchResults results = search.search(shown, PER_TYPE);
        rows = HitList.render(panel, results, this::getTranslation);
        if (results.rebuilding()) {
            Div note = new Div(getTranslation("search.rebuilding"));
            note.addClassName("siteline-search-note");
            panel.addComponentAsFirst(note);
        }
        if (results.heldBy() != null) {
            Div note = new Div(getTranslation("search.unavailable", results.heldBy()));
            note.setId("search-unavailable");
            note.addClassName("siteline-search-note");
            panel.add(note);
        } else if (rows.isEmpty()) {
            Div none = new Div(getTranslation("search.none", shown.strip()));
            none.setId("search-none");
            none.addClassName("siteline-search-note");
            panel.add(none);
        } else {
            Anchor all = new Anchor(
                    SearchView.ROUTE + "?"
                            + QueryParameters.simple(Map.of(SearchView.PARAMETER, shown.strip()))
                                    .getQueryString(),
                    getTranslation("search.all"));
            all.setId("search-all");
            com.vaadin.flow.component.html.Span keys =
                    new com.vaadin.flow.component.html.Span(getTranslation("search.shortcut"));
            keys.addClassName("siteline-search-keys");
            Div footer = new Div(all, keys);
            footer.addClassName("siteline-search-all");
            panel.add(footer);
        }
        panel.setVisible(true);
        select(rows.isEmpty() ? -1 : 0);
    }

    private void select(int index) {
        if (selected >= 0 && selected < rows.size()) {
            rows.get(selected).removeClassName("selected");
            rows.get(selected).getElement().removeAttribute("aria-selected");
        }
        selected = index;
        if (index >= 0) {
            rows.get(index).addClassName("selected");
            rows.get(index).getElement().setAttribute("aria-selected", "true");
        }
    }

    /** The row the arrows have selected (Enter opens it), or null. */
    Anchor selectedRow() {
        return selected < 0 ? null : rows.get(selected);
    }

    TextField field() {
        return field;
    }

    private void localize() {
        field.setPlaceholder(getTranslation("search.placeholder"));
        field.setAriaLabel(getTranslation("search.label"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        localize();
        if (!shown.isBlank()) {
            show(shown);
        }
    }
}
