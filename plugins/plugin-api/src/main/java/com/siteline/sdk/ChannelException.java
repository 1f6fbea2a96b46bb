package com.siteline.sdk;

/**
 * A channel could not do what was asked; the message says why in words an administrator understands. A retryable
 * failure (a throttled gateway, a dropped connection) is tried again later on the same channel; another one sends the
 * message on to the customer's next channel. @since 1.8
 */
public class ChannelException extends Exception {

    private final boolean retryable;

    public ChannelException(String message, boolean retryable) {
        super(message);
        this.retryable = retryable;
    }

    public ChannelException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    /** Whether the same message may be tried again later on this channel. */
    public boolean retryable() {
        return retryable;
    }
}
