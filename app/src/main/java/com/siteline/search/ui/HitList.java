package com.siteline.search.ui;

import com.siteline.search.SearchGroup;
import com.siteline.search.SearchResults;
import com.siteline.search.SearchText;
import com.siteline.search.internal.SearchHit;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Search results as grouped rows of links, the matched words marked; shared by the search box and the page. */
final class HitList {

    private HitList() {}

    /** The rows of the results, in order, added to the container with their group headings. */
    static List<Anchor> render(Div container, SearchResults results, Function<String, String> translate) {
        container.removeAll();
        List<Anchor> rows = new ArrayList<>();
        for (SearchGroup group : results.groups()) {
            Div heading = new Div(
                    new Span(translate.apply("search.kind." + group.kind())),
                    new Span(translate
                            .apply(group.exact() ? "search.count" : "search.count-more")
                            .replace("{0}", String.valueOf(group.total()))));
            heading.addClassName("siteline-search-group");
            heading.getElement().setAttribute("data-kind", group.kind());
            container.add(heading);
            for (SearchHit hit : group.hits()) {
                Anchor row = new Anchor(hit.location());
                row.addClassName("siteline-search-hit");
                row.getElement().setAttribute("role", "option");
                row.getElement().setAttribute("data-kind", hit.kind());
                row.getElement().setAttribute("data-id", String.valueOf(hit.id()));
                Div title = marked(hit.title());
                title.addClassName("siteline-search-hit-title");
                row.add(title);
                if (!hit.line().isEmpty()) {
                    Div line = marked(hit.line());
                    line.addClassName("siteline-search-hit-line");
                    row.add(line);
                }
                container.add(row);
                rows.add(row);
            }
        }
        return rows;
    }

    static Div marked(List<SearchText.Segment> segments) {
        Div text = new Div();
        for (SearchText.Segment segment : segments) {
            Span part = new Span(segment.text());
            if (segment.marked()) {
                part.addClassName("siteline-mark");
            }
            text.add(part);
        }
        return text;
    }
}
