package com.siteline.issue;

/** What one line of an issue's timeline records; each has its words in the bundle ({@code issue.event.*}). */
public enum IssueEventKind {
    /** Raised. */
    CREATED,
    /** A lifecycle step (from → to). */
    STATUS,
    /** Given to another handler. */
    ASSIGNED,
    /** Type, category, urgency or text changed. */
    CHANGED,
    /** A tag added. */
    TAGGED,
    /** A step of the escalation ladder. */
    ESCALATION,
    /** A contact logged on the issue (from the communication log). */
    CONTACT;

    public String messageKey() {
        return "issue.event." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
