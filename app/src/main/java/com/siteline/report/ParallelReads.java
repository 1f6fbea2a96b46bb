package com.siteline.report;

import com.siteline.base.Actors;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A report's independent database reads run side by side on a small pool ({@code siteline.reports.parallel-reads},
 * default 2; 1 runs them one after the other), each as the signed-in user and in its own read-only
 * transaction. Inside a caller's transaction they run one after the other in it, so that they share its snapshot.
 */
@Component
public class ParallelReads {

    private final ExecutorService pool;

    ParallelReads(@Value("${siteline.reports.parallel-reads:2}") int threads) {
        this.pool = threads <= 1
                ? null
                : Executors.newFixedThreadPool(
                        threads,
                        Thread.ofPlatform().daemon().name("report-read-", 0).factory());
    }

    /** The results of {@code reads}, in their order; a read's failure is thrown as it was. */
    public List<Object> all(List<Supplier<?>> reads) {
        List<Object> results = new ArrayList<>();
        if (pool == null || reads.size() < 2 || TransactionSynchronizationManager.isActualTransactionActive()) {
            reads.forEach(read -> results.add(read.get()));
            return results;
        }
        Authentication user = Actors.authentication();
        List<Future<Object>> running = new ArrayList<>();
        for (Supplier<?> read : reads) {
            running.add(pool.submit(() -> (Object) Actors.runAs(user, read::get)));
        }
        for (Future<Object> future : running) {
            try {
                results.add(future.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running.forEach(f -> f.cancel(true));
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                running.forEach(f -> f.cancel(true));
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
        return results;
    }

    @PreDestroy
    void stop() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
