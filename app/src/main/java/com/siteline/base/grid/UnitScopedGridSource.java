package com.siteline.base.grid;

import com.siteline.base.Actors;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A grid's service over rows that belong to business units: pages and counts see only the signed-in
 * user's units. Subclasses name their {@link JpaGrid} and turn an entity into the row the grid shows.
 *
 * @param <E> the entity (with a {@code businessUnitId} attribute)
 * @param <R> the row type
 */
public abstract class UnitScopedGridSource<E, R> implements GridSource<R> {

    private final EntityManager em;
    private final Function<String, Map<Long, String>> unitsOf;

    /** @param unitsOf the ids and names of a user's business units */
    protected UnitScopedGridSource(EntityManager em, Function<String, Map<Long, String>> unitsOf) {
        this.em = em;
        this.unitsOf = unitsOf;
    }

    public abstract JpaGrid<E> grid();

    /** The row of an entity, with the names of the user's units at hand. */
    protected abstract R toRow(E entity, Map<Long, String> units);

    @Override
    public GridDefinition definition() {
        return grid().definition();
    }

    @Override
    public List<R> page(GridQuery query, int offset, int limit) {
        String username = Actors.current();
        Map<Long, String> units = unitsOf.apply(username);
        return grid().page(em, units, query, username, offset, limit).stream()
                .map(e -> toRow(e, units))
                .toList();
    }

    @Override
    public long count(GridQuery query) {
        String username = Actors.current();
        return grid().count(em, unitsOf.apply(username), query, username);
    }

    @Override
    public long countUpTo(GridQuery query, int cap) {
        String username = Actors.current();
        return grid().countUpTo(em, unitsOf.apply(username), query, username, cap);
    }
}
