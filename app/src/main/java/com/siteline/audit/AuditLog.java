package com.siteline.audit;

import com.siteline.audit.internal.AuditEntry;
import com.siteline.audit.internal.AuditGrid;
import com.siteline.base.Actors;
import com.siteline.base.grid.ColumnFilter;
import com.siteline.base.grid.GridDefinition;
import com.siteline.base.grid.GridQuery;
import com.siteline.base.grid.GridSource;
import com.siteline.base.grid.JpaGrid;
import com.siteline.organization.Role;
import com.siteline.sla.UserZones;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.function.LongConsumer;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrators' audit log: every entry in a grid (filters by user, record type, time, ...) and the check
 * of the hash chain, which reads every row in order and names the first that does not follow from its
 * predecessor.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Role.Can.ADMINISTER)
public class AuditLog implements GridSource<AuditRecord> {

    private final EntityManager em;
    private final AuditTrail trail;
    private final JpaGrid<AuditEntry> grid;

    AuditLog(EntityManager em, AuditTrail trail, UserZones zones) {
        this.em = em;
        this.trail = trail;
        this.grid = new JpaGrid<>(
                        AuditEntry.class,
                        AuditGrid.DEFINITION,
                        zones::zoneOf,
                        // each branch has an index (a record's name by its start, its number, a user), so the search
                        // stays fast at millions of rows; "contains" would read them all
                        (text, user) -> (root, q, cb) -> cb.or(
                                cb.like(root.get("recordLabel"), JpaGrid.escape(text.strip()) + "%", '\\'),
                                cb.equal(root.get("recordId"), text.strip()),
                                cb.equal(root.get("actor"), text.strip())))
                .bind(
                        "record",
                        (filter, user) -> (root, q, cb) -> cb.equal(
                                root.get("recordId"),
                                ((ColumnFilter.Text) filter).text().strip()))
                .bind("type", (filter, user) -> (root, q, cb) -> {
                    java.util.Set<String> values = ((ColumnFilter.Choice) filter).values();
                    return values.isEmpty()
                            ? cb.conjunction()
                            : root.get("recordType").in(values);
                });
    }

    @Override
    public GridDefinition definition() {
        return grid.definition();
    }

    @Override
    public List<AuditRecord> page(GridQuery query, int offset, int limit) {
        return trail.toRecords(grid.page(em, where(query), query, offset, limit));
    }

    @Override
    public long count(GridQuery query) {
        return grid.count(em, where(query));
    }

    /** Who appears in the log, for the user filter. */
    public List<String> actors() {
        return em.createQuery("select distinct e.actor from AuditEntry e order by e.actor", String.class)
                .setMaxResults(500)
                .getResultList();
    }

    /** How many rows the chain's head counts. */
    public long entries() {
        return ((Number) em.createNativeQuery("select entries from audit_chain where id = 1")
                        .getSingleResult())
                .longValue();
    }

    /** Reads the whole chain in id order; {@code progress} hears how many rows were checked so far. */
    public ChainCheck verify(LongConsumer progress) {
        return em.unwrap(org.hibernate.Session.class)
                .doReturningWork(connection -> AuditChain.verify(connection, progress));
    }

    private Specification<AuditEntry> where(GridQuery query) {
        return grid.where((root, q, cb) -> cb.conjunction(), query, Actors.current());
    }
}
