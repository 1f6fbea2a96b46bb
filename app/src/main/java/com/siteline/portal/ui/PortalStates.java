package com.siteline.portal.ui;

import com.siteline.issue.IssueStatus;

/** An issue's status in the customer's words: received, in hand, waiting for them, answered, closed. */
public final class PortalStates {

    private PortalStates() {}

    /** The word's key suffix ({@code portal.issue.state.<word>}). */
    public static String of(IssueStatus status) {
        return switch (status) {
            case IDENTIFIED, CLASSIFIED -> "received";
            case ASSIGNED, IN_PROGRESS -> "in-hand";
            case WAITING_CUSTOMER -> "waiting";
            case FEEDBACK_GIVEN -> "answered";
            case CLOSED, REVISITED -> "closed";
        };
    }
}
