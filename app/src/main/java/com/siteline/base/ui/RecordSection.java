package com.siteline.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A part of a record's page that another module adds (an issue's survey, a project's or a customer's return
 * visits), declared as a bean: the page shows it without knowing the module that made it.
 */
public interface RecordSection {

    /** The page a section belongs on; LOG: the side panel of a communication-log entry; MEETING: a meeting's panel. */
    enum Page {
        ISSUE,
        PROJECT,
        CUSTOMER,
        LOG,
        MEETING
    }

    /** The page this section belongs on. */
    Page page();

    /** Its place among the page's sections (lower first). */
    default int order() {
        return 100;
    }

    /** A new component for the record (visible to the signed-in user), or empty when there is nothing to show. */
    Optional<Component> render(long recordId);

    /** A section of a page at a place among its sections, drawn by a function of the record's id. */
    static RecordSection at(Page page, int order, java.util.function.LongFunction<Optional<Component>> render) {
        return new RecordSection() {
            @Override
            public Page page() {
                return page;
            }

            @Override
            public int order() {
                return order;
            }

            @Override
            public Optional<Component> render(long recordId) {
                return render.apply(recordId);
            }
        };
    }

    /**
     * A section listing a record's rows under a heading (one line each, with a link to the grid), or nothing when
     * the record has none.
     */
    static <T> RecordSection list(
            Page page,
            String id,
            String headingKey,
            java.util.function.LongFunction<java.util.List<T>> read,
            java.util.function.BiFunction<Component, T, Component> line,
            String gridRoute,
            String gridKey) {
        return new RecordSection() {
            @Override
            public Page page() {
                return page;
            }

            @Override
            public Optional<Component> render(long recordId) {
                java.util.List<T> rows = read.apply(recordId);
                if (rows.isEmpty()) {
                    return Optional.empty();
                }
                com.vaadin.flow.component.html.Div box = new com.vaadin.flow.component.html.Div();
                box.setId(id);
                box.add(new com.vaadin.flow.component.html.H3(box.getTranslation(headingKey)));
                com.vaadin.flow.component.html.UnorderedList items = new com.vaadin.flow.component.html.UnorderedList();
                rows.forEach(row -> items.add(new com.vaadin.flow.component.html.ListItem(line.apply(box, row))));
                box.add(items, new com.vaadin.flow.component.html.Anchor(gridRoute, box.getTranslation(gridKey)));
                return Optional.of(box);
            }
        };
    }

    /** The sections of one page, in order. */
    static java.util.List<RecordSection> of(java.util.List<RecordSection> all, Page page) {
        return all.stream()
                .filter(s -> s.page() == page)
                .sorted(java.util.Comparator.comparingInt(RecordSection::order))
                .toList();
    }
}
