package com.siteline.issue;

import java.time.Instant;

/**
 * One line of an issue's timeline: a lifecycle step or a logged contact.
 *
 * @param kind   CREATED, STATUS, ASSIGNED, CHANGED, TAGGED, or CONTACT for a log entry
 * @param detail free text (a note, a contact's content) or null
 */
public record TimelineEntry(Instant at, String actor, String kind, IssueStatus from, IssueStatus to, String detail,
        String channel) {
}
