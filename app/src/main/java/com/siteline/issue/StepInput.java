package com.siteline.issue;

/** What a lifecycle step may carry: a note, the root cause and resolution, the customer's verdict. */
public record StepInput(String note, String rootCause, String resolution, Verdict verdict) {

    public static StepInput none() {
        return new StepInput(null, null, null, null);
    }

    public static StepInput note(String note) {
        return new StepInput(note, null, null, null);
    }
}
