package com.siteline.obligation;

import java.time.LocalDate;

/**
 * Another module made the record that fulfils a unit's obligation due on a day (a periodic document was
 * published): published in that module's transaction, so the task is done with it or not at all.
 */
public record ObligationFulfilled(
        long businessUnitId, String obligationId, LocalDate dueOn, Fulfilment kind, long reference, String by) {}
