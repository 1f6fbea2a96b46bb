package com.siteline.search;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import org.hibernate.search.mapper.orm.Search;

/**
 * For the few writes Hibernate Search cannot see (bulk updates and multi-row inserts): the rows they changed are
 * handed to the index in the same transaction, so they are indexed when, and only if, it commits.
 */
public final class SearchSync {

    private SearchSync() {}

    /** Re-reads each entity (a bulk update left the loaded copy stale) and indexes it at commit. */
    public static void changed(EntityManager em, Collection<?> entities) {
        var plan = Search.session(em).indexingPlan();
        for (Object entity : entities) {
            em.refresh(entity);
            plan.addOrUpdate(entity);
        }
    }
}
