package com.siteline.search;

import com.siteline.base.Actors;
import com.siteline.base.grid.TextIndex;
import com.siteline.organization.OrganizationService;
import com.siteline.search.internal.IndexLease;
import com.siteline.search.internal.SearchQueries;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One search across every registered record type, for the signed-in user: only records of their business
 * units are found, counted or highlighted. A record matches when each word of the query (or each quoted
 * phrase) is contained in one of its searched fields, in the sense of {@link SearchText}.
 */
@Service
@Transactional(readOnly = true)
public class SearchService implements TextIndex {

    private final SearchQueries queries;
    private final OrganizationService organization;
    private final SearchIndex index;
    private final Clock clock;

    private final IndexLease lease;

    /** At most this many ids go to the database ({@code siteline.search.id-cap}, at most {@link #CAP}). */
    private final int idCap;

    SearchService(
            SearchQueries queries,
            OrganizationService organization,
            SearchIndex index,
            Clock clock,
            IndexLease lease,
            @org.springframework.beans.factory.annotation.Value("${siteline.search.id-cap:10000}") int idCap) {
        this.lease = lease;
        this.idCap = idCap;
        this.queries = queries;
        this.organization = organization;
        this.index = index;
        this.clock = clock;
    }

    /** The best {@code perType} hits of each type, each type with its total, for the signed-in user. */
    public SearchResults search(String query, int perType) {
        List<String> terms = SearchText.terms(query);
        String text = query == null ? "" : query.strip();
        if (!lease.held()) {
            return new SearchResults(text, terms, List.of(), false, lease.otherHolder());
        }
        if (index.rebuilding()) {
            // a half-built index would miss records the database has: it says it is being rebuilt instead
            return new SearchResults(text, terms, List.of(), true, null);
        }
        Collection<Long> units = organization.unitNamesOf(Actors.current()).keySet();
        return new SearchResults(
                text,
                terms,
                queries.search(terms, units, clock.instant(), Math.max(1, Math.min(perType, 1000))),
                false,
                null);
    }

    /**
     * For a grid's "contains" filter: the ids of the records of an entity whose properties (any of them)
     * contain the text, of any unit (the grid's own scope applies on top), or empty when more
     * than {@code cap} match, where the caller's own query serves better.
     */
    @Override
    public boolean indexes(Class<?> entity, String property) {
        return queries.indexes(entity, property);
    }

    @Override
    public Optional<List<Long>> containing(Class<?> entity, List<String> properties, String text, int cap) {
        // the whole filter text is one word, as the filter's LIKE '%text%' would read it
        String whole = text == null ? "" : SearchText.normalize(text).strip();
        List<String> terms = whole.isEmpty() ? List.of() : List.of(whole);
        if (terms.isEmpty() || index.rebuilding() || !lease.held()) {
            return Optional.empty();
        }
        return queries.ids(entity, properties, terms, Math.min(cap, idCap));
    }

    @Override
    public boolean sorts(Class<?> entity, String property) {
        return queries.sorts(entity, property);
    }

    @Override
    public Optional<List<Long>> page(
            Class<?> entity,
            List<Match> matches,
            Collection<Long> units,
            String sortProperty,
            boolean ascending,
            int offset,
            int limit) {
        // OpenSearch pages no deeper than its result window (10,000): deeper pages are the database's
        if (!lease.held() || index.rebuilding() || !"lucene".equals(index.backend()) && offset + limit > 10_000) {
            return Optional.empty();
        }
        return Optional.of(queries.page(entity, matches, units, sortProperty, ascending, offset, limit));
    }

    @Override
    public Optional<Long> count(Class<?> entity, List<Match> matches, Collection<Long> units) {
        if (!lease.held() || index.rebuilding()) {
            return Optional.empty();
        }
        return Optional.of(queries.count(entity, matches, units));
    }

    /** The record types searched, in the order their groups are shown. */
    public List<SearchableType> types() {
        return queries.types();
    }
}
