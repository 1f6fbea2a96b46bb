package com.siteline.base;

import java.util.function.LongFunction;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A timer's walk over rows (the overdue tasks a ladder climbs): each row in a transaction of its own, a row changed
 * meanwhile by someone else (done, or escalated by another node) left alone, and the rows' results summed.
 */
public final class RowSweep {

    private RowSweep() {}

    /** Runs the step for each id in its own transaction of {@code perRow}; returns the sum of what the steps counted. */
    public static int sum(Iterable<Long> ids, TransactionTemplate perRow, LongFunction<Integer> step) {
        int total = 0;
        for (long id : ids) {
            try {
                Integer counted = perRow.execute(tx -> step.apply(id));
                total += counted == null ? 0 : counted;
            } catch (ObjectOptimisticLockingFailureException changed) {
                // changed meanwhile: the next run sees it as it is now
            }
        }
        return total;
    }
}
