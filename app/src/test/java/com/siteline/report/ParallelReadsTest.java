package com.siteline.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siteline.base.Actors;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Reads side by side: as the caller, in the caller's order, failures as thrown; one after the other in a transaction. */
class ParallelReadsTest {

    private final ParallelReads reads = new ParallelReads(2);

    @AfterEach
    void stop() {
        reads.stop();
        TransactionSynchronizationManager.setActualTransactionActive(false);
    }

    @Test
    void readsRunTogetherAsTheCallerAndKeepTheirOrder() {
        CountDownLatch both = new CountDownLatch(2);
        Supplier<?> first = () -> meet(both, "first " + Actors.current());
        Supplier<?> second = () -> meet(both, "second " + Actors.current());
        List<Object> results = Actors.runAs(
                new UsernamePasswordAuthenticationToken("manager", "x", List.of()),
                () -> reads.all(List.of(first, second)));
        // each waited for the other: they ran at the same time
        assertThat(results).containsExactly("first manager", "second manager");
    }

    @Test
    void aFailedReadIsThrownAsItWas() {
        Supplier<?> fine = () -> 1;
        Supplier<?> broken = () -> {
            throw new IllegalArgumentException("broken read");
        };
        assertThatThrownBy(() -> reads.all(List.of(fine, broken)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("broken read");
    }

    @Test
    void insideATransactionTheyRunOneAfterTheOtherOnTheCallersThread() {
        TransactionSynchronizationManager.setActualTransactionActive(true);
        Thread caller = Thread.currentThread();
        Supplier<?> where = () -> Thread.currentThread() == caller;
        assertThat(reads.all(List.of(where, where))).containsExactly(true, true);
    }

    private static String meet(CountDownLatch latch, String result) {
        latch.countDown();
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                return "alone";
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return result;
    }
}
