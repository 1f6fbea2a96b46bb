package com.siteline.obligation;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A module whose records fulfil obligations (the periodic documents). The obligations ask it when a task is made
 * and before one is reported overdue, so a record that came before its task (or whose event was missed) still
 * fulfils it: a fulfilled obligation is never reported overdue.
 */
public interface FulfilmentRecords {

    /** The record that fulfils this unit's obligation due on {@code dueOn}, if there is one. */
    Optional<ObligationFulfilled> fulfilment(long businessUnitId, String obligationId, LocalDate dueOn);
}
