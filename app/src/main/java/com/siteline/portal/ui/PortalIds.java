package com.siteline.portal.ui;

import com.vaadin.flow.router.RouteParameters;

/** Ids in portal addresses: a number, or -1 for anything else (shown as "not found"). */
final class PortalIds {

    private PortalIds() {}

    static long of(RouteParameters parameters, String name) {
        return parameters
                .get(name)
                .filter(v -> v.matches("\\d{1,18}"))
                .map(Long::parseLong)
                .orElse(-1L);
    }
}
