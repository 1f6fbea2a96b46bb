package com.siteline.issue;

import com.siteline.customer.Channel;
import java.time.Instant;

/**
 * One line of an issue's timeline: a lifecycle step or a logged contact.
 *
 * @param kind   what happened; CONTACT for a log entry (with its channel)
 * @param detail free text (a note, a contact's content) or null
 */
public record TimelineEntry(
        Instant at,
        String actor,
        IssueEventKind kind,
        IssueStatus from,
        IssueStatus to,
        String detail,
        Channel channel) {}
