package com.siteline.base;

import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** A row as the user saw it: its id and the version it had then, so a write can tell it changed since. */
public record RowVersion(long id, long version) {

    /**
     * The one version check of every write that names the version its user saw: refused as an optimistic-lock
     * failure (the screens say "changed by someone else, reload") when the row has moved on since.
     */
    public static void check(Class<?> type, Object id, long current, long seen) {
        if (current != seen) {
            throw new ObjectOptimisticLockingFailureException(type, id);
        }
    }
}
