package com.siteline.issue;

/** What a lifecycle step may carry: a note, the root cause and resolution, the customer's verdict, why it waits. */
public record StepInput(String note, String rootCause, String resolution, Verdict verdict, String pauseReason) {

    public StepInput(String note, String rootCause, String resolution, Verdict verdict) {
        this(note, rootCause, resolution, verdict, null);
    }

    /** Waiting for the customer for a reason: the core's "customer" or one of the variant's pause reasons. */
    public static StepInput waitingFor(String pauseReason) {
        return new StepInput(null, null, null, null, pauseReason);
    }

    public static StepInput none() {
        return new StepInput(null, null, null, null);
    }

    public static StepInput note(String note) {
        return new StepInput(note, null, null, null);
    }
}
