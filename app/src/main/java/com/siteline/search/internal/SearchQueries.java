package com.siteline.search.internal;

import com.siteline.base.grid.TextIndex;
import com.siteline.search.SearchFields;
import com.siteline.search.SearchGroup;
import com.siteline.search.SearchText;
import com.siteline.search.SearchableType;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The queries on the index: every word of the query must be contained (as a phrase of two-character grams,
 * a single character, a phone's digits or the record's number), within the given business units; exact
 * words, heavier fields and recent records rank higher.
 */
@Component
public class SearchQueries {

    /** Records this recent rank higher. */
    static final Duration RECENT = Duration.ofDays(90);

    private static final int LINE_WIDTH = 80;
    private static final int TITLE_WIDTH = 60;
    /** Ids fetched with the first look at a grid filter's text. */
    private static final int FEW = 500;

    private final List<Declared> declared;
    private final EntityManager em;

    SearchQueries(ObjectProvider<SearchableType> types, EntityManager em) {
        this.declared = types.orderedStream()
                .map(Declared::of)
                .sorted(java.util.Comparator.comparingInt(d -> d.type().order()))
                .toList();
        this.em = em;
    }

    public List<SearchableType> types() {
        return declared.stream().map(Declared::type).toList();
    }

    /** The best {@code limit} hits of each type among the units, with each type's total. */
    public List<SearchGroup> search(List<String> terms, Collection<Long> units, Instant now, int limit) {
        List<SearchGroup> groups = new ArrayList<>();
        if (terms.isEmpty() || units.isEmpty()) {
            return groups;
        }
        SearchSession session = Search.session(em);
        for (Declared type : declared) {
            List<String> raws = type.texts().stream()
                    .map(f -> SearchNames.raw(f.property()))
                    .toList();
            SearchResult<List<?>> result = session.search(type.type().entity())
                    .select(f -> f.composite()
                            .from(projections(f, raws, type.fields().parent() != null))
                            .asList())
                    .where(f -> f.bool().must(where(f, type, terms, units, now)))
                    // relevance only (recency is part of the score), counted exactly up to a threshold: the index
                    // then skips what cannot reach the best hits instead of scoring every match
                    .totalHitCountThreshold(SearchGroup.EXACT_UP_TO)
                    .fetch(limit);
            boolean exact = result.total().isHitCountExact();
            long total = exact ? result.total().hitCount() : result.total().hitCountLowerBound();
            if (total == 0) {
                continue;
            }
            List<SearchHit> hits = result.hits().stream()
                    .map(row -> hit(type, raws, row, terms))
                    .toList();
            groups.add(new SearchGroup(type.type().kind(), total, exact, hits));
        }
        return groups;
    }

    /** Whether a type of the entity keeps the property sortable. */
    public boolean sorts(Class<?> entity, String property) {
        return declared.stream()
                .anyMatch(d -> d.type().entity().equals(entity)
                        && d.fields().sortable().contains(property));
    }

    /** A page of ids of the entity's records of the units that meet every match, by a sortable property, then id. */
    public List<Long> page(
            Class<?> entity,
            List<TextIndex.Match> matches,
            Collection<Long> units,
            String sortProperty,
            boolean ascending,
            int offset,
            int limit) {
        Declared type = declaredFor(entity);
        return Search.session(em)
                .search(entity)
                .select(f -> f.id(Long.class))
                .where(f -> f.bool().must(matching(f, type, matches, units, false)))
                .sort(f -> ascending
                        ? f.field(SearchNames.sort(sortProperty))
                                .asc()
                                .then()
                                .field(SearchNames.ID)
                                .asc()
                        : f.field(SearchNames.sort(sortProperty))
                                .desc()
                                .then()
                                .field(SearchNames.ID)
                                .desc())
                .fetchHits(offset, limit);
    }

    /** How many of the entity's records of the units meet every match. */
    public long count(Class<?> entity, List<TextIndex.Match> matches, Collection<Long> units) {
        Declared type = declaredFor(entity);
        return Search.session(em)
                .search(entity)
                .where(f -> f.bool().must(matching(f, type, matches, units, false)))
                .fetchTotalHitCount();
    }

    /** Every match's (folded, whole) text contained in one of its properties; within the units unless null. */
    private static SearchPredicate matching(
            SearchPredicateFactory f,
            Declared type,
            List<TextIndex.Match> matches,
            Collection<Long> units,
            boolean numbered) {
        BooleanPredicateClausesStep<?, ?> bool = f.bool();
        if (units != null) {
            bool.filter(f.terms().field(SearchNames.UNIT).matchingAny(units));
        }
        for (TextIndex.Match match : matches) {
            List<SearchFields.Field> fields = type.texts().stream()
                    .filter(x -> match.properties().contains(x.property()))
                    .toList();
            String whole = SearchText.normalize(match.text()).strip();
            bool.filter(contains(f, fields, whole, numbered, null));
        }
        return bool.toPredicate();
    }

    private Declared declaredFor(Class<?> entity) {
        return declared.stream()
                .filter(d -> d.type().entity().equals(entity))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not searchable: " + entity.getSimpleName()));
    }

    /** Whether a type of the entity declares the property. */
    public boolean indexes(Class<?> entity, String property) {
        return declared.stream()
                .anyMatch(d -> d.type().entity().equals(entity)
                        && d.texts().stream().anyMatch(f -> f.property().equals(property)));
    }

    /** The ids of one type's records whose properties contain every word, any unit; empty above {@code cap}. */
    public Optional<List<Long>> ids(Class<?> entity, List<String> properties, List<String> terms, int cap) {
        Declared type = declaredFor(entity);
        if (type.texts().stream().filter(f -> properties.contains(f.property())).count() != properties.size()) {
            throw new IllegalArgumentException(
                    "not indexed: " + properties + " of " + type.type().kind());
        }
        List<TextIndex.Match> matches = terms.stream()
                .map(term -> new TextIndex.Match(properties, term))
                .toList();
        SearchSession session = Search.session(em);
        // any unit (the grid's own scope applies on top); a phone also by its digits and an issue by its number:
        // more than the grid's own condition finds, which applies on top
        java.util.function.Function<SearchPredicateFactory, SearchPredicate> where =
                f -> matching(f, type, matches, null, type.fields().isNumbered());
        // the first few ids and whether there are more than cap (counting stops there): a rare word is answered by
        // this one query, a broad one costs no id list, only one in between is fetched again in full
        SearchResult<Long> probe = session.search(entity)
                .select(f -> f.id(Long.class))
                .where(f -> f.bool().must(where.apply(f)))
                .totalHitCountThreshold(cap + 1L)
                .fetch(Math.min(cap, FEW));
        long total = probe.total().hitCountLowerBound();
        if (total > cap) {
            return Optional.empty();
        }
        if (probe.total().isHitCountExact() && total <= probe.hits().size()) {
            return Optional.of(probe.hits());
        }
        return Optional.of(session.search(entity)
                .select(f -> f.id(Long.class))
                .where(f -> f.bool().must(where.apply(f)))
                .fetch(cap)
                .hits());
    }

    private static SearchProjection<?>[] projections(
            org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory<?, ?> f,
            List<String> raws,
            boolean parent) {
        List<SearchProjection<?>> all = new ArrayList<>();
        all.add(f.id(Long.class).toProjection());
        all.add(f.field(SearchNames.AT, Instant.class).toProjection());
        all.add(
                parent
                        ? f.field(SearchNames.PARENT, Long.class).toProjection()
                        : f.constant(null).toProjection());
        for (String raw : raws) {
            all.add(f.field(raw, String.class).toProjection());
        }
        return all.toArray(SearchProjection<?>[]::new);
    }

    private static SearchPredicate where(
            SearchPredicateFactory f, Declared type, List<String> terms, Collection<Long> units, Instant now) {
        BooleanPredicateClausesStep<?, ?> bool = f.bool();
        bool.filter(f.terms().field(SearchNames.UNIT).matchingAny(units));
        for (String term : terms) {
            bool.must(contains(
                    f,
                    type.texts(),
                    term,
                    type.fields().isNumbered(),
                    type.fields().pinyin()));
            // ranking only: the word as a word, on the heavier fields first
            var words = f.match()
                    .field(SearchNames.words(type.texts().get(0).property()))
                    .boost(type.texts().get(0).weight());
            for (SearchFields.Field field : type.texts().subList(1, type.texts().size())) {
                words = words.field(SearchNames.words(field.property())).boost(field.weight());
            }
            bool.should(words.matching(term));
            // a phone number's tail (the last digits, as people say them) ranks a number ending in it before longer
            // numbers that merely contain it
            if (term.length() >= 4 && term.chars().allMatch(c -> c >= '0' && c <= '9')) {
                for (SearchFields.Field phone : type.phones()) {
                    bool.should(f.wildcard()
                            .field(SearchNames.tail(phone.property()))
                            .matching(new StringBuilder(term).reverse() + "*")
                            .boost(20f));
                }
            }
        }
        bool.should(f.range().field(SearchNames.AT).atLeast(now.minus(RECENT)).boost(0.5f));
        return bool.toPredicate();
    }

    /** One word contained in any of the fields (the matching part: a filter, it does not score). */
    private static SearchPredicate contains(
            SearchPredicateFactory f, List<SearchFields.Field> fields, String term, boolean numbered, String pinyin) {
        BooleanPredicateClausesStep<?, ?> any = f.bool();
        if (term.length() == 1) {
            any.should(f.match().fields(names(fields, SearchNames::chars)).matching(term));
        } else {
            any.should(f.phrase().fields(names(fields, SearchNames::grams)).matching(term));
        }
        List<SearchFields.Field> phones =
                fields.stream().filter(x -> x.role() == SearchFields.Role.PHONE).toList();
        if (!phones.isEmpty() && term.length() >= 4 && term.chars().allMatch(c -> c >= '0' && c <= '9')) {
            any.should(f.phrase().fields(names(phones, SearchNames::digits)).matching(term));
        }
        if (pinyin != null
                && Pinyin.isInitials(term)
                && fields.stream().anyMatch(x -> x.property().equals(pinyin))) {
            any.should(f.phrase().field(SearchNames.pinyin(pinyin)).matching(term));
        }
        String number = term.startsWith("#") ? term.substring(1) : term;
        if (numbered
                && !number.isEmpty()
                && number.length() <= 18
                && number.chars().allMatch(c -> c >= '0' && c <= '9')) {
            any.should(f.id().matching(Long.parseLong(number)));
        }
        return any.constantScore().toPredicate();
    }

    private static String[] names(List<SearchFields.Field> fields, java.util.function.Function<String, String> name) {
        return fields.stream().map(x -> name.apply(x.property())).toArray(String[]::new);
    }

    private static SearchHit hit(Declared type, List<String> raws, List<?> row, List<String> terms) {
        long id = (Long) row.get(0);
        Instant at = (Instant) row.get(1);
        String title = null;
        List<SearchText.Segment> line = List.of();
        List<SearchText.Segment> fallback = List.of();
        for (int i = 0; i < raws.size(); i++) {
            SearchFields.Field field = type.texts().get(i);
            String value = (String) row.get(i + 3);
            if (field.role() == SearchFields.Role.TITLE) {
                title = value;
                continue;
            }
            if (value == null || value.isBlank() || !line.isEmpty()) {
                continue;
            }
            List<SearchText.Segment> segments = SearchText.highlight(value, terms, LINE_WIDTH);
            if (SearchText.anyMarked(segments)) {
                line = segments;
            } else if (field.role() == SearchFields.Role.PHONE
                    && terms.stream()
                            .anyMatch(t ->
                                    t.length() >= 4 && SearchText.digits(value).contains(t))) {
                line = List.of(new SearchText.Segment(value, true));
            } else if (fallback.isEmpty()) {
                fallback = segments;
            }
        }
        List<int[]> byInitials = new ArrayList<>();
        if (title != null && type.fields().pinyin() != null) {
            for (String term : terms) {
                int[] range =
                        Pinyin.isInitials(term) && !SearchText.normalize(title).contains(term)
                                ? Pinyin.range(title, term)
                                : null;
                if (range != null) {
                    byInitials.add(range);
                }
            }
        }
        List<SearchText.Segment> titleSegments =
                SearchText.highlight(title == null ? "" : title, terms, TITLE_WIDTH, byInitials);
        if (line.isEmpty() && !SearchText.anyMarked(titleSegments)) {
            line = fallback;
        }
        return new SearchHit(
                type.type().kind(), id, type.type().location(id, (Long) row.get(2)), titleSegments, line, at);
    }
}
