package com.siteline.search.internal;

import java.net.InetAddress;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The embedded index belongs to one node: the node that holds the lease row ({@code search_lease}) serves
 * searches from its Lucene index and renews the lease every 30 seconds; a second node started on the same
 * database finds it held (renewed within two minutes by another holder) and serves no search, rather than
 * answers from an index that never sees the first node's changes. When the holder dies (stops renewing), the next
 * node to claim the lease takes it over: it announces {@link TakenOver} before it answers, so that its index is
 * rebuilt from the database first (what the dead node indexed is not in it). Not used on OpenSearch.
 */
@Component
public class IndexLease {

    private static final Logger LOG = LoggerFactory.getLogger(IndexLease.class);
    static final Duration RENEW = Duration.ofSeconds(30);
    static final Duration EXPIRES = Duration.ofMinutes(2);

    /** This node has just taken the lease over from another one: its index lacks what that node indexed. */
    public record TakenOver(String from) {}

    private final JdbcTemplate jdbc;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Duration renew;
    private final Clock clock;
    private final String holder;
    private final boolean guarded;
    private volatile boolean held = true;
    private volatile String other;
    private ScheduledExecutorService renewal;

    IndexLease(
            JdbcTemplate jdbc,
            Clock clock,
            Environment env,
            org.springframework.context.ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
        this.renew = Duration.ofSeconds(
                env.getProperty("siteline.search.lease-renew-seconds", Long.class, RENEW.toSeconds()));
        this.clock = clock;
        this.guarded = "lucene".equals(env.getProperty("siteline.search.backend", "lucene"))
                && env.getProperty("siteline.search.single-node-guard", Boolean.class, true);
        this.holder = host() + ":" + SearchConfiguration.indexDir(env);
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "unknown-host";
        }
    }

    /** Takes the lease (or finds it taken) and keeps renewing it. */
    public synchronized void start() {
        if (!guarded || renewal != null) {
            return;
        }
        claim();
        renewal = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "search-lease");
            thread.setDaemon(true);
            return thread;
        });
        renewal.scheduleWithFixedDelay(this::claim, renew.toSeconds(), renew.toSeconds(), TimeUnit.SECONDS);
    }

    void claim() {
        Instant now = clock.instant();
        try {
            List<String> before = jdbc.queryForList("select holder from search_lease where id = 1", String.class);
            int updated = jdbc.update(
                    "update search_lease set holder = ?, renewed_at = ? where id = 1"
                            + " and (holder = ? or renewed_at < ?)",
                    holder,
                    Timestamp.from(now),
                    holder,
                    Timestamp.from(now.minus(EXPIRES)));
            if (updated == 0 && before.isEmpty()) {
                // only when there is no lease row yet: a row held by a live node is not inserted against every
                // 30 s (that was a duplicate key each time); two nodes inserting at once, one of them wins
                try {
                    jdbc.update(
                            "insert into search_lease (id, holder, renewed_at) values (1, ?, ?)",
                            holder,
                            Timestamp.from(now));
                    updated = 1;
                } catch (DuplicateKeyException taken) {
                    updated = 0;
                }
            }
            boolean was = held;
            if (updated == 1 && !was) {
                // taken over from a node that stopped renewing: rebuild before answering (listeners run now,
                // before this node says it holds the index)
                String from = before.isEmpty() ? null : before.get(0);
                LOG.warn("search: took the embedded index over from {}; rebuilding it from the database", from);
                events.publishEvent(new TakenOver(from));
            }
            held = updated == 1;
            if (!held) {
                List<String> holders = jdbc.queryForList("select holder from search_lease where id = 1", String.class);
                other = holders.isEmpty() ? null : holders.get(0);
                if (was) {
                    LOG.error(
                            "search: the embedded index is held by {}; this node serves no search."
                                    + " Several nodes need siteline.search.backend=opensearch",
                            other);
                }
            } else {
                other = null;
            }
        } catch (DataAccessException e) {
            LOG.warn("search: the index lease could not be renewed", e);
        }
    }

    /** Whether this node may answer searches from its index. */
    public boolean held() {
        return !guarded || held;
    }

    /** The node holding the lease when it is not this one. */
    public String otherHolder() {
        return held() ? null : other;
    }

    /** Stops renewing without giving the lease back, as a node that dies does (tests kill a holder with it). */
    synchronized void halt() {
        if (renewal != null) {
            renewal.shutdownNow();
            renewal = null;
        }
    }

    @jakarta.annotation.PreDestroy
    synchronized void release() {
        if (renewal != null) {
            renewal.shutdownNow();
            renewal = null;
            try {
                jdbc.update("delete from search_lease where id = 1 and holder = ?", holder);
            } catch (DataAccessException e) {
                LOG.warn("search: the index lease could not be released", e);
            }
        }
    }
}
