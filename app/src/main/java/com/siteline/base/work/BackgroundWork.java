package com.siteline.base.work;

import com.siteline.base.Actors;
import com.siteline.base.RefusedException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Where long work runs off the request thread (exports today; imports and report documents next): a
 * bounded Spring {@link TaskExecutor} with a few threads and a short queue, so a burst of exports can
 * neither starve the server nor pile up unbounded. A full queue is refused with a message. The work
 * runs as the user who started it (their security context travels with it).
 */
@Component
public class BackgroundWork implements DisposableBean {

    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

    BackgroundWork(
            @Value("${siteline.background.threads:2}") int threads,
            @Value("${siteline.background.queue:16}") int queue) {
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setQueueCapacity(queue);
        executor.setThreadNamePrefix("siteline-work-");
        executor.setWaitForTasksToCompleteOnShutdown(false);
        executor.initialize();
    }

    /**
     * Starts the work as the current user.
     *
     * @throws RefusedException ({@code background.busy}) when as much work as the queue holds is waiting
     */
    public <T> CompletableFuture<T> submit(Supplier<T> work) {
        Authentication user = Actors.authentication();
        try {
            return CompletableFuture.supplyAsync(() -> Actors.runAs(user, work), executor);
        } catch (RejectedExecutionException e) {
            throw new RefusedException("background.busy");
        }
    }

    /** The executor itself, for Spring components that take a {@link TaskExecutor}. */
    public TaskExecutor executor() {
        return executor;
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}
