package com.siteline.issue;

/** The three response-time targets of an issue; each has its words in the bundle ({@code sla.kind.*}). */
public enum DeadlineKind {
    FIRST_RESPONSE,
    NEXT_UPDATE,
    RESOLUTION;

    public String messageKey() {
        return "sla.kind." + name();
    }
}
