package com.siteline.issue;

import com.siteline.base.Keyed;

/** What one line of an issue's timeline records; each has its words in the bundle ({@code issue.event.*}). */
public enum IssueEventKind implements Keyed {
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
    CONTACT,
    /** The customer's own word in the customer portal (a comment, the resolution accepted or not). */
    CUSTOMER,
    /** A reply staff wrote for the customer to read in the customer portal (everything else stays internal). */
    PUBLIC_REPLY;

    @Override
    public String messageKey() {
        return "issue.event." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
