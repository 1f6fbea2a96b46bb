package com.siteline.search;

import com.siteline.base.UnitScope;
import com.siteline.organization.Role;
import com.siteline.search.internal.IndexLease;
import com.siteline.search.internal.SearchConfiguration;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingEnvironment;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The index's upkeep: its state and size for admins, a rebuild in the background with its progress, and at
 * start a check that every type holds as many documents as there are rows (an index that is missing, was
 * left by an unclean stop or was built against another database is rebuilt by itself).
 */
@Service
public class SearchIndex {

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);
    private static final String OPEN_MARKER = "siteline-open";
    /** Written when a rebuild of every type has finished: an index without it was never built whole. */
    private static final String BUILT_MARKER = "siteline-built";
    /** Up to this many rows ({@code siteline.search.wait-at-start}), the start waits for the index to be rebuilt. */
    private static final long WAIT_AT_START = 50_000;

    private final EntityManagerFactory emf;
    private final ObjectProvider<SearchableType> types;
    private final Environment env;
    private final Clock clock;
    private final AtomicBoolean rebuilding = new AtomicBoolean();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong total = new AtomicLong();
    private final AtomicReference<Instant> started = new AtomicReference<>();
    private final AtomicReference<Instant> ended = new AtomicReference<>();
    private final AtomicReference<String> failure = new AtomicReference<>();
    private volatile java.util.concurrent.CompletableFuture<Void> running =
            java.util.concurrent.CompletableFuture.completedFuture(null);
    private boolean uncleanStop;
    private boolean neverBuilt;

    @PersistenceContext
    private EntityManager em;

    private final org.springframework.transaction.support.TransactionTemplate readOnly;

    private final IndexLease lease;

    SearchIndex(
            EntityManagerFactory emf,
            ObjectProvider<SearchableType> types,
            Environment env,
            Clock clock,
            org.springframework.transaction.PlatformTransactionManager transactions,
            IndexLease lease) {
        this.lease = lease;
        this.emf = emf;
        this.readOnly = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.types = types;
        this.env = env;
        this.clock = clock;
        Path dir = indexDir();
        if (dir != null) {
            try {
                Files.createDirectories(dir);
                Path marker = dir.resolve(OPEN_MARKER);
                uncleanStop = Files.exists(marker);
                neverBuilt = !Files.exists(dir.resolve(BUILT_MARKER));
                Files.writeString(marker, String.valueOf(ProcessHandle.current().pid()));
            } catch (IOException e) {
                throw new UncheckedIOException("the search index directory " + dir + " cannot be written", e);
            }
        }
    }

    /** The embedded backend's directory; null on OpenSearch. */
    Path indexDir() {
        if (!"lucene".equals(backend())) {
            return null;
        }
        return SearchConfiguration.indexDir(env);
    }

    public String backend() {
        return env.getProperty("siteline.search.backend", "lucene");
    }

    public boolean rebuilding() {
        return rebuilding.get();
    }

    /** A rebuild's progress: whether one runs, documents written of the total, when it ended, why it failed. */
    public record Progress(boolean running, long done, long total, Instant ended, String failure) {}

    /** The rebuild's progress alone (no counting of rows), for a page following it. */
    @PreAuthorize(Role.Can.ADMINISTER)
    public Progress progress() {
        return new Progress(rebuilding.get(), done.get(), total.get(), ended.get(), failure.get());
    }

    /** Documents against rows per type, the size on disk and the rebuild's progress. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Can.ADMINISTER)
    public IndexState state() {
        SearchSession session = Search.session(em);
        List<IndexState.TypeCount> counts = new ArrayList<>();
        types.orderedStream()
                .sorted(java.util.Comparator.comparingInt(SearchableType::order))
                .forEach(type -> {
                    long documents = session.search(type.entity())
                            .where(f -> f.matchAll())
                            .fetchTotalHitCount();
                    // the index holds every unit's records: its rows are counted across units
                    long rows = UnitScope.acrossUnits(() -> em.createQuery(
                                    "select count(e) from " + type.entity().getSimpleName() + " e"
                                            // what the retention rules archived is not indexed
                                            + (com.siteline.base.ArchivableEntity.class.isAssignableFrom(type.entity())
                                                    ? " where e.archivedAt is null"
                                                    : ""),
                                    Long.class)
                            .getSingleResult());
                    counts.add(new IndexState.TypeCount(type.kind(), documents, rows));
                });
        return new IndexState(
                backend(),
                counts,
                size(),
                rebuilding.get(),
                done.get(),
                total.get(),
                started.get(),
                ended.get(),
                failure.get(),
                lease.otherHolder());
    }

    private Long size() {
        Path dir = indexDir();
        if (dir == null || !Files.isDirectory(dir)) {
            return null;
        }
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(p -> {
                        try {
                            return Files.size(p);
                        } catch (IOException e) {
                            return 0; // a segment merged away while counting
                        }
                    })
                    .sum();
        } catch (IOException | UncheckedIOException e) {
            return null;
        }
    }

    /** Starts rebuilding the whole index in the background; false when a rebuild is already running. */
    @PreAuthorize(Role.Can.ADMINISTER)
    public boolean rebuild() {
        return start(allEntities());
    }

    /**
     * This node took the embedded index over from a node that died: what that node indexed is missing here, so the
     * whole index is rebuilt from the database, and until it is done the grids read the database and the search
     * says it is being rebuilt (no stale answer).
     */
    @EventListener
    public void on(IndexLease.TakenOver takenOver) {
        start(allEntities());
    }

    /** The rebuild running now (or the last one), to wait for. */
    public java.util.concurrent.CompletableFuture<Void> running() {
        return running;
    }

    private List<Class<?>> allEntities() {
        return types.orderedStream().<Class<?>>map(SearchableType::entity).toList();
    }

    /**
     * At start (after the demo data): rebuilds the types whose document count differs from their row count,
     * or all of them after an unclean stop (changes of its last moments may be missing).
     */
    @EventListener(ApplicationReadyEvent.class)
    public void checkAtStart() {
        lease.start();
        List<Class<?>> stale = new ArrayList<>();
        IndexState state = readOnly.execute(status -> state());
        List<SearchableType> all = types.orderedStream()
                .sorted(java.util.Comparator.comparingInt(SearchableType::order))
                .toList();
        for (int i = 0; i < all.size(); i++) {
            IndexState.TypeCount count = state.types().get(i);
            // the embedded index is this node's to repair; a shared OpenSearch index is rebuilt only when missing
            // a new embedded index was filled while the demo data was written, some of it by plain SQL: built whole
            // once
            boolean repair = indexDir() != null
                    ? neverBuilt || uncleanStop || !count.inStep()
                    : count.documents() == 0 && count.rows() > 0;
            if (repair) {
                stale.add(all.get(i).entity());
            }
        }
        if (!stale.isEmpty()) {
            LOG.info(
                    "search index: {} out of step with the database{}",
                    stale.size(),
                    neverBuilt ? " (never built whole)" : uncleanStop ? " (after an unclean stop)" : "");
            start(stale);
            long rows =
                    state.types().stream().mapToLong(IndexState.TypeCount::rows).sum();
            if (rows <= env.getProperty("siteline.search.wait-at-start", Long.class, WAIT_AT_START)) {
                // a small database is indexed before the application takes requests; a large one in the background
                running.join();
            }
        }
    }

    /** The embedded index was closed cleanly: the next start need not rebuild it. */
    @jakarta.annotation.PreDestroy
    void closed() {
        Path dir = indexDir();
        if (dir != null && !rebuilding.get()) {
            try {
                Files.deleteIfExists(dir.resolve(OPEN_MARKER));
            } catch (IOException e) {
                LOG.warn("search index: the open marker could not be removed", e);
            }
        }
    }

    private final class Monitor implements MassIndexingMonitor {

        @Override
        public void documentsAdded(long increment) {
            done.addAndGet(increment);
        }

        @Override
        public void documentsBuilt(long increment) {}

        @Override
        public void entitiesLoaded(long increment) {}

        @Override
        public void addToTotalCount(long increment) {
            total.addAndGet(increment);
        }

        @Override
        public void indexingCompleted() {}
    }

    /** The rebuild's threads read every unit's records, whoever started it (the index serves every unit). */
    private static final class EveryUnit implements MassIndexingEnvironment {
        @Override
        public void beforeExecution(Context context) {
            SecurityContextHolder.getContext().setAuthentication(UnitScope.reader("search-index"));
        }

        @Override
        public void afterExecution(Context context) {
            SecurityContextHolder.clearContext();
        }
    }

    private boolean start(Collection<Class<?>> entities) {
        if (entities.isEmpty() || !rebuilding.compareAndSet(false, true)) {
            return false;
        }
        done.set(0);
        total.set(0);
        failure.set(null);
        started.set(clock.instant());
        ended.set(null);
        var indexer = Search.mapping(emf)
                .<Object>scope(List.copyOf(entities))
                .massIndexer()
                .purgeAllOnStart(true)
                .threadsToLoadObjects(2)
                .batchSizeToLoadObjects(500)
                .monitor(new Monitor())
                .environment(new EveryUnit());
        // what the retention rules archived is not indexed: not even read
        entities.stream()
                .filter(com.siteline.base.ArchivableEntity.class::isAssignableFrom)
                .forEach(type -> indexer.type(type).reindexOnly("e.archivedAt is null"));
        LOG.info(
                "search index: rebuilding {}",
                entities.stream().map(Class::getSimpleName).toList());
        running = indexer.start().toCompletableFuture().<Void>handle((result, error) -> {
            if (error != null) {
                failure.set(error.getClass().getSimpleName() + ": " + error.getMessage());
                LOG.error("search index: the rebuild failed", error);
            } else {
                LOG.info("search index: rebuilt {} documents", done.get());
                Path dir = indexDir();
                if (dir != null && entities.size() == allEntities().size()) {
                    try {
                        Files.writeString(dir.resolve(BUILT_MARKER), String.valueOf(clock.instant()));
                    } catch (IOException e) {
                        LOG.warn("search index: the built marker could not be written", e);
                    }
                }
            }
            ended.set(clock.instant());
            rebuilding.set(false);
            return null;
        });
        return true;
    }
}
