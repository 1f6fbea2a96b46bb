package com.siteline.base.grid;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.springframework.data.jpa.domain.Specification;

/**
 * Grid queries over JPA criteria: each grid declares which column key filters and sorts by which
 * attribute, and gets page and count queries that the database answers with its indexes. Unknown
 * keys are refused rather than ignored, so a saved view never silently shows more than it says.
 */
public final class JpaGrid<T> {

    private final Class<T> type;
    private final GridDefinition definition;
    private final Map<String, BiFunction<ColumnFilter, String, Specification<T>>> filters = new HashMap<>();
    private final BiFunction<String, String, Specification<T>> search;
    private final Map<String, BiFunction<Root<T>, CriteriaBuilder, Expression<?>>> sortExpressions = new HashMap<>();
    private TextIndex index;
    private List<String> searchProperties = List.of();

    /**
     * @param definition the grid's columns: each filters and sorts by its path as its {@link GridColumn.Match} says
     * @param zoneOf     the zone in which a user's day filters on instants are read (the zone they see times in)
     * @param search     quick search text and username to a restriction
     */
    public JpaGrid(
            Class<T> type,
            GridDefinition definition,
            java.util.function.Function<String, ZoneId> zoneOf,
            BiFunction<String, String, Specification<T>> search) {
        this.type = type;
        this.definition = definition;
        this.search = search;
        for (GridColumn column : definition.columns()) {
            BiFunction<ColumnFilter, String, Specification<T>> binding = standard(column, zoneOf);
            if (binding != null) {
                filters.put(column.key(), binding);
            }
        }
    }

    public GridDefinition definition() {
        return definition;
    }

    /** Binds a column whose filter the definition leaves to the service ({@code CUSTOM_*}). */
    public JpaGrid<T> bind(String key, BiFunction<ColumnFilter, String, Specification<T>> binding) {
        GridColumn column = definition.column(key);
        if (column.match() != GridColumn.Match.CUSTOM_CHOICE && column.match() != GridColumn.Match.CUSTOM_TEXT) {
            throw new IllegalArgumentException(
                    "column " + key + " of " + definition.id() + " is bound by its definition");
        }
        filters.put(key, binding);
        return this;
    }

    /** Sorts a column by an expression instead of its path (e.g. urgency by severity, not by name). */
    public JpaGrid<T> sortBy(String key, BiFunction<Root<T>, CriteriaBuilder, Expression<?>> expression) {
        sortExpressions.put(definition.column(key).key(), expression);
        return this;
    }

    /**
     * Lets a text index narrow the "contains" and tag filters of the columns whose path it holds, and the quick
     * search to the rows whose {@code searched} properties contain the text (the quick search's own condition
     * still applies to them).
     */
    public JpaGrid<T> indexedBy(TextIndex index, String... searched) {
        this.index = index;
        for (String property : searched) {
            if (!index.indexes(type, property)) {
                throw new IllegalArgumentException(type.getSimpleName() + "." + property + " is not in the index");
            }
        }
        this.searchProperties = List.of(searched);
        return this;
    }

    /** The rows the index says contain the text in one of the properties; null when it leaves it to the query. */
    private Specification<T> narrowed(List<String> properties, Collection<String> texts) {
        if (index == null
                || properties.isEmpty()
                || !properties.stream().allMatch(property -> index.indexes(type, property))) {
            return null;
        }
        java.util.Set<Long> ids = new java.util.TreeSet<>();
        for (String text : texts) {
            java.util.Optional<List<Long>> found = index.containing(type, properties, text, TextIndex.CAP);
            if (found.isEmpty()) {
                return null;
            }
            ids.addAll(found.get());
        }
        if (ids.size() > TextIndex.CAP) {
            return null;
        }
        return (root, q, cb) ->
                ids.isEmpty() ? cb.disjunction() : root.get("id").in(ids);
    }

    /** Columns whose filter is the service's to bind and is not bound yet (a grid must have none). */
    public Set<String> unbound() {
        Set<String> missing = new java.util.TreeSet<>();
        for (GridColumn column : definition.columns()) {
            if (column.filterKind() != GridColumn.FilterKind.NONE && !filters.containsKey(column.key())) {
                missing.add(column.key());
            }
        }
        return missing;
    }

    public Set<String> sortKeys() {
        Set<String> keys = new java.util.TreeSet<>();
        definition.columns().stream().filter(GridColumn::sortable).forEach(c -> keys.add(c.key()));
        return keys;
    }

    private static <T> BiFunction<ColumnFilter, String, Specification<T>> standard(
            GridColumn column, java.util.function.Function<String, ZoneId> zoneOf) {
        String path = column.path();
        return switch (column.match()) {
            case CONTAINS -> contains(path);
            case STARTS_WITH -> startsWith(path);
            case TAG -> hasTag(path);
            case ONE_OF -> oneOf(path);
            case ONE_OF_ENUM -> oneOfEnum(path, column.enumType());
            case ONE_OF_IDS -> oneOfIds(path);
            case DAYS ->
                (filter, user) -> JpaGrid.<T>within(path, zoneOf.apply(user)).apply(filter, user);
            case DATES -> withinDates(path);
            case NONE, CUSTOM_CHOICE, CUSTOM_TEXT -> null;
        };
    }

    /** The restriction of a query for a user, on top of the scope (e.g. their business units). */
    public Specification<T> where(Specification<T> scope, GridQuery query, String username) {
        Specification<T> spec = scope;
        if (com.siteline.base.ArchivableEntity.class.isAssignableFrom(type)) {
            // what the retention rules archived is out of every grid (it stays in the figures and the history)
            spec = spec.and((root, q, cb) -> cb.isNull(root.get("archivedAt")));
        }
        for (Map.Entry<String, ColumnFilter> entry : query.filters().entrySet()) {
            BiFunction<ColumnFilter, String, Specification<T>> binding = filters.get(entry.getKey());
            if (binding == null) {
                throw new IllegalArgumentException("no filter on column " + entry.getKey());
            }
            if (!definition
                    .check(GridQuery.empty().withFilter(entry.getKey(), entry.getValue()))
                    .isEmpty()) {
                throw new IllegalArgumentException("column " + entry.getKey() + " does not take " + entry.getValue());
            }
            GridColumn column = definition.column(entry.getKey());
            if (column.match() == GridColumn.Match.CONTAINS || column.match() == GridColumn.Match.TAG) {
                Specification<T> narrowed = narrowed(
                        List.of(column.path()),
                        entry.getValue() instanceof ColumnFilter.Choice choice
                                ? choice.values()
                                : List.of(((ColumnFilter.Text) entry.getValue()).text()));
                if (narrowed != null) {
                    spec = spec.and(narrowed);
                }
            }
            spec = spec.and(binding.apply(entry.getValue(), username));
        }
        if (query.search() != null) {
            Specification<T> narrowed = narrowed(searchProperties, List.of(query.search()));
            if (narrowed != null) {
                spec = spec.and(narrowed);
            }
            spec = spec.and(search.apply(query.search(), username));
        }
        return spec;
    }

    /** The rows of the user's business units (attribute {@code businessUnitId}) that match the query. */
    public List<T> page(
            EntityManager em, Map<Long, String> units, GridQuery query, String username, int offset, int limit) {
        IndexOnly only = indexOnly(query);
        if (only != null && !units.isEmpty()) {
            java.util.Optional<List<Long>> ids = index.page(
                    type, only.matches(), units.keySet(), only.sortProperty(), only.ascending(), offset, limit);
            if (ids.isPresent()) {
                return rows(em, ids.get());
            }
        }
        return page(em, where(inUnits(units), query, username), query, offset, limit);
    }

    public long count(EntityManager em, Map<Long, String> units, GridQuery query, String username) {
        IndexOnly only = indexOnly(query);
        if (only != null) {
            java.util.Optional<Long> counted =
                    units.isEmpty() ? java.util.Optional.of(0L) : index.count(type, only.matches(), units.keySet());
            if (counted.isPresent()) {
                return counted.get();
            }
        }
        return count(em, where(inUnits(units), query, username));
    }

    /** A query the index answers alone: only "contains" filters, too broad to hand over as ids, and an indexed sort. */
    private record IndexOnly(List<TextIndex.Match> matches, String sortProperty, boolean ascending) {}

    private IndexOnly indexOnly(GridQuery query) {
        if (index == null || query.search() != null || query.filters().isEmpty()) {
            return null;
        }
        List<GridSort> sorts = query.sorts().isEmpty() ? definition.defaultSort() : query.sorts();
        if (sorts.size() != 1) {
            return null;
        }
        GridColumn sortColumn =
                definition.find(sorts.get(0).key()).filter(GridColumn::sortable).orElse(null);
        if (sortColumn == null
                || sortExpressions.containsKey(sortColumn.key())
                || !index.sorts(type, sortColumn.sortPath())) {
            return null;
        }
        List<TextIndex.Match> matches = new ArrayList<>();
        boolean broad = false;
        for (Map.Entry<String, ColumnFilter> entry : query.filters().entrySet()) {
            // an unknown column is left to the database path, which refuses it with IllegalArgumentException
            GridColumn column = definition.find(entry.getKey()).orElse(null);
            if (column == null
                    || column.match() != GridColumn.Match.CONTAINS
                    || !(entry.getValue() instanceof ColumnFilter.Text text)
                    || !index.indexes(type, column.path())) {
                return null;
            }
            TextIndex.Match match = new TextIndex.Match(List.of(column.path()), text.text());
            broad |= index.containing(type, match.properties(), match.text(), TextIndex.CAP)
                    .isEmpty();
            matches.add(match);
        }
        // a narrow text is left to the database, which applies its own condition to the few rows named
        return broad
                ? new IndexOnly(matches, sortColumn.sortPath(), sorts.get(0).ascending())
                : null;
    }

    /** Rows of the given business units only; none when the user belongs to none. */
    public static <T> Specification<T> inUnits(Map<Long, String> units) {
        return (root, q, cb) ->
                units.isEmpty() ? cb.disjunction() : root.get("businessUnitId").in(units.keySet());
    }

    /**
     * One page in two steps: the ids of the page (answered from an index that holds the sort columns, the
     * id and the business unit, without touching the rows, however deep the page), then those rows.
     */
    public List<T> page(EntityManager em, Specification<T> where, GridQuery query, int offset, int limit) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> idQuery = cb.createQuery(Long.class);
        Root<T> root = idQuery.from(type);
        Predicate predicate = where.toPredicate(root, idQuery, cb);
        if (predicate != null) {
            idQuery.where(predicate);
        }
        idQuery.select(root.get("id"));
        idQuery.orderBy(orders(query.sorts().isEmpty() ? definition.defaultSort() : query.sorts(), root, cb));
        List<Long> ids = em.createQuery(idQuery)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
        return rows(em, ids);
    }

    /** The rows of the ids, in their order. */
    private List<T> rows(EntityManager em, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<T> rowQuery = cb.createQuery(type);
        Root<T> rows = rowQuery.from(type);
        rowQuery.where(rows.get("id").in(ids));
        Map<Object, T> byId = new java.util.HashMap<>();
        for (T row : em.createQuery(rowQuery).getResultList()) {
            byId.put(em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(row), row);
        }
        List<T> page = new ArrayList<>(ids.size());
        for (Long id : ids) {
            T row = byId.get(id);
            if (row != null) {
                page.add(row);
            }
        }
        return page;
    }

    /**
     * The count for a grid: exact up to {@code cap}, and {@code cap + 1} meaning "more than cap"; it reads
     * at most cap + 1 index entries, so a million matching rows cost what ten thousand do.
     */
    public long countUpTo(EntityManager em, Map<Long, String> units, GridQuery query, String username, int cap) {
        IndexOnly only = indexOnly(query);
        if (only != null) {
            java.util.Optional<Long> counted =
                    units.isEmpty() ? java.util.Optional.of(0L) : index.count(type, only.matches(), units.keySet());
            if (counted.isPresent()) {
                return Math.min(counted.get(), cap + 1L);
            }
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> idQuery = cb.createQuery(Long.class);
        Root<T> root = idQuery.from(type);
        Predicate predicate = where(inUnits(units), query, username).toPredicate(root, idQuery, cb);
        if (predicate != null) {
            idQuery.where(predicate);
        }
        idQuery.select(root.get("id"));
        return em.createQuery(idQuery).setMaxResults(cap + 1).getResultList().size();
    }

    public long count(EntityManager em, Specification<T> where) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> criteria = cb.createQuery(Long.class);
        Root<T> root = criteria.from(type);
        Predicate predicate = where.toPredicate(root, criteria, cb);
        if (predicate != null) {
            criteria.where(predicate);
        }
        criteria.select(cb.count(root));
        return em.createQuery(criteria).getSingleResult();
    }

    private List<Order> orders(List<GridSort> sorts, Root<T> root, CriteriaBuilder cb) {
        List<Order> orders = new ArrayList<>();
        boolean lastAscending = false;
        for (GridSort sort : sorts) {
            GridColumn column = definition
                    .find(sort.key())
                    .filter(GridColumn::sortable)
                    .orElseThrow(() -> new IllegalArgumentException("no sort on column " + sort.key()));
            BiFunction<Root<T>, CriteriaBuilder, Expression<?>> expression = sortExpressions.get(sort.key());
            Expression<?> path = expression != null ? expression.apply(root, cb) : root.get(column.sortPath());
            orders.add(sort.ascending() ? cb.asc(path) : cb.desc(path));
            lastAscending = sort.ascending();
        }
        // the id breaks ties in the direction of the last key, so pages never overlap or skip rows
        orders.add(lastAscending ? cb.asc(root.get("id")) : cb.desc(root.get("id")));
        return orders;
    }

    // ---- building blocks for the filters of each grid ----

    /** Case-insensitive "contains" on a text attribute. */
    public static <T> BiFunction<ColumnFilter, String, Specification<T>> contains(String attribute) {
        return (filter, user) -> (root, q, cb) -> cb.like(
                cb.lower(root.get(attribute)),
                "%" + escape(((ColumnFilter.Text) filter).text().strip().toLowerCase(Locale.ROOT)) + "%",
                '\\');
    }

    /** "Starts with" on a text attribute (can use an index: phone numbers). */
    public static <T> BiFunction<ColumnFilter, String, Specification<T>> startsWith(String attribute) {
        return (filter, user) -> (root, q, cb) -> cb.like(
                root.get(attribute), escape(((ColumnFilter.Text) filter).text().strip()) + "%", '\\');
    }

    /** One of the chosen values of a string attribute; {@link GridQuery#ME} is the user, {@link GridQuery#NOBODY} null. */
    public static <T> BiFunction<ColumnFilter, String, Specification<T>> oneOf(String attribute) {
        return (filter, user) -> (root, q, cb) -> {
            Set<String> values = ((ColumnFilter.Choice) filter)
                    .values().stream()
                            .map(v -> GridQuery.ME.equals(v) ? user : v)
                            .collect(Collectors.toSet());
            Path<String> path = root.get(attribute);
            boolean nobody = values.remove(GridQuery.NOBODY);
            Predicate in = values.isEmpty() ? null : path.in(values);
            if (nobody) {
                return in == null ? cb.isNull(path) : cb.or(in, cb.isNull(path));
            }
            return in;
        };
    }

    /** One of the chosen constants of an enum attribute; a name that is no constant is refused. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <T> BiFunction<ColumnFilter, String, Specification<T>> oneOfEnum(
            String attribute, Class<? extends Enum<?>> enumType) {
        return (filter, user) -> (root, q, cb) -> {
            Collection<Object> values = ((ColumnFilter.Choice) filter)
                    .values().stream()
                            .map(v -> (Object) Enum.valueOf((Class) enumType, v))
                            .toList();
            return root.get(attribute).in(values);
        };
    }

    /** One of the chosen ids of a numeric attribute. */
    public static <T> BiFunction<ColumnFilter, String, Specification<T>> oneOfIds(String attribute) {
        return (filter, user) -> (root, q, cb) -> root.get(attribute)
                .in(((ColumnFilter.Choice) filter)
                        .values().stream().map(Long::valueOf).toList());
    }

    /** The instant attribute falls on one of the days of the range, in the given zone. */
    public static <T> BiFunction<ColumnFilter, String, Specification<T>> within(String attribute, ZoneId zone) {
        return (filter, user) -> (root, q, cb) -> {
            ColumnFilter.DateRange range = (ColumnFilter.DateRange) filter;
            Expression<Instant> path = root.get(attribute);
            List<Predicate> parts = new ArrayList<>();
            if (range.from() != null) {
                parts.add(cb.greaterThanOrEqualTo(
                        path, range.from().atStartOfDay(zone).toInstant()));
            }
            if (range.to() != null) {
                parts.add(cb.lessThan(
                        path, range.to().plusDays(1).atStartOfDay(zone).toInstant()));
            }
            return cb.and(parts.toArray(Predicate[]::new));
        };
    }

    /** The date attribute falls within the range. */
    public static <T> BiFunction<ColumnFilter, String, Specification<T>> withinDates(String attribute) {
        return (filter, user) -> (root, q, cb) -> {
            ColumnFilter.DateRange range = (ColumnFilter.DateRange) filter;
            Expression<LocalDate> path = root.get(attribute);
            List<Predicate> parts = new ArrayList<>();
            if (range.from() != null) {
                parts.add(cb.greaterThanOrEqualTo(path, range.from()));
            }
            if (range.to() != null) {
                parts.add(cb.lessThanOrEqualTo(path, range.to()));
            }
            return cb.and(parts.toArray(Predicate[]::new));
        };
    }

    /** A tag among the comma-separated tags of the attribute (stored as ",a,b,"). */
    public static <T> BiFunction<ColumnFilter, String, Specification<T>> hasTag(String attribute) {
        return (filter, user) -> (root, q, cb) -> {
            Set<String> values = filter instanceof ColumnFilter.Choice choice
                    ? choice.values()
                    : Set.of(((ColumnFilter.Text) filter).text().strip());
            return cb.or(values.stream()
                    .map(tag -> cb.like(root.get(attribute), "%," + escape(tag) + ",%", '\\'))
                    .toArray(Predicate[]::new));
        };
    }

    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
