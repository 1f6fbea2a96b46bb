package com.siteline.obligation;

import java.time.LocalDate;

/**
 * How a manager records an obligation done: an event or meeting held (its day, attendance and evaluation),
 * or a note (evaluation only) for a duty fulfilled outside Siteline.
 */
public record ObligationRecord(Fulfilment kind, LocalDate heldOn, Integer attendance, String evaluation) {
}
