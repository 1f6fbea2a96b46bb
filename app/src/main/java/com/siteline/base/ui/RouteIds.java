package com.siteline.base.ui;

import com.vaadin.flow.router.RouteParameters;

/**
 * Ids in addresses ({@code issues/42}, {@code portal/projects/7}): a number, or -1 for anything else (not a number,
 * too long), which the page shows as "not found" like a record that does not exist.
 */
public final class RouteIds {

    private RouteIds() {}

    public static long of(RouteParameters parameters, String name) {
        return parameters
                .get(name)
                .filter(v -> v.matches("\\d{1,18}"))
                .map(Long::parseLong)
                .orElse(-1L);
    }
}
