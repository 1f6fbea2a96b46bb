package com.siteline.sdk;

import java.util.Objects;

/**
 * A reason an issue waits on the customer, beyond the core's "waiting for the customer's reply":
 * while an issue waits for any reason its response-time clock stands still. E.g. home decoration's
 * "waiting for the customer's sign-off". @since 1.2
 */
public record PauseReason(String id, LocalizedText name) {

    public PauseReason {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }

    public static PauseReason of(String id, String zhCn, String en) {
        return new PauseReason(id, LocalizedText.of(zhCn, en));
    }
}
