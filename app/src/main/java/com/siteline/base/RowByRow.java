package com.siteline.base;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How a bulk action changes rows: each in a transaction of its own, so one refused row keeps none of its
 * changes and stops none of the others; refusals are collected per row in the words a single change gets.
 */
public final class RowByRow {

    private final TransactionTemplate perRow;

    public RowByRow(PlatformTransactionManager transactions) {
        this.perRow = new TransactionTemplate(transactions);
        this.perRow.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Applies the change to each row. The change loads the row, compares its version with the one the user
     * saw (throwing {@link ObjectOptimisticLockingFailureException} when it moved) and refuses with a
     * {@link RefusedException}; a row that is not there for the user ({@link NoSuchElementException}) or
     * changed since is refused with {@code notFoundKey} or {@code conflictKey}.
     */
    public BulkResult apply(
            Collection<RowVersion> rows, String notFoundKey, String conflictKey, Consumer<RowVersion> change) {
        int changed = 0;
        List<BulkResult.Refusal> refused = new ArrayList<>();
        for (RowVersion row : rows) {
            try {
                perRow.executeWithoutResult(tx -> change.accept(row));
                changed++;
            } catch (RefusedException e) {
                refused.add(new BulkResult.Refusal(row.id(), e.message()));
            } catch (NoSuchElementException e) {
                refused.add(new BulkResult.Refusal(row.id(), Message.of(notFoundKey)));
            } catch (ObjectOptimisticLockingFailureException e) {
                refused.add(new BulkResult.Refusal(row.id(), Message.of(conflictKey)));
            }
        }
        return new BulkResult(changed, refused);
    }
}
