package com.siteline.search.ui;

import com.siteline.base.ui.ViewFrame;
import com.siteline.search.SearchResults;
import com.siteline.search.SearchService;
import com.siteline.search.SearchText;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;

/** All results of a search ({@code search?q=…}): up to 50 per record type, each type with its total. */
@Route(SearchView.ROUTE)
@PermitAll
public class SearchView extends ViewFrame implements BeforeEnterObserver {

    static final String ROUTE = "search";
    static final String PARAMETER = "q";
    static final int PER_TYPE = 50;

    private final transient SearchService search;
    private final TextField text = new TextField();
    private final Paragraph summary = new Paragraph();
    private final Div results = new Div();

    public SearchView(SearchService search) {
        super("search.title");
        this.search = search;
        text.setId("search-page-text");
        text.setWidthFull();
        text.setMaxLength(SearchText.MAX_QUERY);
        text.setClearButtonVisible(true);
        text.addKeyPressListener(
                com.vaadin.flow.component.Key.ENTER,
                enter -> getUI().ifPresent(
                                ui -> ui.navigate(ROUTE, QueryParameters.simple(Map.of(PARAMETER, text.getValue())))));
        summary.setId("search-page-summary");
        results.setId("search-page-results");
        results.addClassName("siteline-search-page");
        add(text, summary, results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> values =
                event.getLocation().getQueryParameters().getParameters().getOrDefault(PARAMETER, List.of());
        String query = values.isEmpty() ? "" : values.get(0);
        text.setValue(query);
        text.setPlaceholder(getTranslation("search.placeholder"));
        results.removeAll();
        if (query.isBlank()) {
            summary.setText(getTranslation("search.hint"));
            return;
        }
        SearchResults found = search.search(query, PER_TYPE);
        HitList.render(results, found, this::getTranslation);
        summary.setText(
                found.heldBy() != null
                        ? getTranslation("search.unavailable", found.heldBy())
                        : found.total() == 0
                                ? getTranslation("search.none", query.strip())
                                : getTranslation(
                                                found.exact() ? "search.summary" : "search.summary-more",
                                                String.valueOf(found.total()))
                                        + (found.rebuilding() ? " " + getTranslation("search.rebuilding") : ""));
    }
}
