package com.siteline.search.internal;

import com.siteline.base.ArchivableEntity;
import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

/**
 * Keeps what the retention rules archived out of the index: an archived record is not indexed, and its document,
 * if it had one, is removed when the sweep hands it to the index again.
 */
final class ArchivedRouting implements RoutingBinder {

    @Override
    public void bind(RoutingBindingContext context) {
        context.dependencies().use("archivedAt");
        context.bridge(ArchivableEntity.class, new Bridge());
    }

    private static final class Bridge implements RoutingBridge<ArchivableEntity> {

        @Override
        public void route(
                DocumentRoutes routes, Object entityIdentifier, ArchivableEntity entity, RoutingBridgeRouteContext c) {
            if (entity.archived()) {
                routes.notIndexed();
            } else {
                routes.addRoute();
            }
        }

        @Override
        public void previousRoutes(
                DocumentRoutes routes, Object entityIdentifier, ArchivableEntity entity, RoutingBridgeRouteContext c) {
            routes.addRoute();
        }
    }
}
