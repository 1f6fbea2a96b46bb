package com.siteline.sla;

import java.time.Instant;
import java.util.Objects;

/** A stretch in which an issue's clock stood still (e.g. waiting for the customer). */
public record Pause(Instant from, Instant to) {

    public Pause {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a pause cannot end before it starts");
        }
    }
}
