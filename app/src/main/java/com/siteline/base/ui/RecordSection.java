package com.siteline.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A part of a record's page that another module adds (an issue's survey, a project's or a customer's return
 * visits), declared as a bean: the page shows it without knowing the module that made it.
 */
public interface RecordSection {

    enum Page { ISSUE, PROJECT, CUSTOMER }

    /** The page this section belongs on. */
    Page page();

    /** Its place among the page's sections (lower first). */
    default int order() {
        return 100;
    }

    /** A new component for the record (visible to the signed-in user), or empty when there is nothing to show. */
    Optional<Component> render(long recordId);

    /** The sections of one page, in order. */
    static java.util.List<RecordSection> of(java.util.List<RecordSection> all, Page page) {
        return all.stream().filter(s -> s.page() == page)
                .sorted(java.util.Comparator.comparingInt(RecordSection::order)).toList();
    }
}
