package com.siteline.retention;

import com.siteline.base.Keyed;
import java.util.Locale;

/**
 * A record type the retention rules cover, with how its period is counted and what happens when it has passed:
 * log entries from when they happened, issues from when they were closed, projects from when they were closed
 * (archived: their figures stay); attachments of log entries from their upload and portal events from when they
 * happened (deleted); the audit history is kept whole (its hash chain cannot lose a row).
 */
public enum RetentionType implements Keyed {
    LOG_ENTRY("communication", "occurred_at", "archived_at is null", "customer_id", "project_id", true),
    ISSUE(
            "customer_issue",
            "closed_at",
            "closed_at is not null and archived_at is null",
            "customer_id",
            "project_id",
            true),
    PROJECT("project", "closed_at", "closed_at is not null and archived_at is null", "customer_id", "id", true),
    /** A survey's answer: its words, address and browser cleared; its rating stays for the figures. */
    SURVEY_ANSWER(
            "survey_request",
            "answered_at",
            "answered_at is not null and (comment_text is not null or answer_ip is not null"
                    + " or answer_agent is not null)",
            "customer_id",
            "project_id",
            false,
            "comment_text = null, answer_ip = null, answer_agent = null"),
    ATTACHMENT(
            "communication_attachment",
            "uploaded_at",
            null,
            "(select c.customer_id from communication c where c.id = communication_id)",
            "(select c.project_id from communication c where c.id = communication_id)",
            false),
    PORTAL_EVENT("portal_event", "at", null, "customer_id", null, false),
    AUDIT(null, null, null, null, null, false);

    private final String table;
    private final String since;
    private final String open;
    private final String customer;
    private final String project;
    private final boolean archives;
    private final String clears;

    RetentionType(String table, String since, String open, String customer, String project, boolean archives) {
        this(table, since, open, customer, project, archives, null);
    }

    RetentionType(
            String table, String since, String open, String customer, String project, boolean archives, String clears) {
        this.clears = clears;
        this.table = table;
        this.since = since;
        this.open = open;
        this.customer = customer;
        this.project = project;
        this.archives = archives;
    }

    @Override
    public String messageKey() {
        return "retention.type." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Archived (kept read-only) rather than deleted when the period has passed. */
    public boolean archives() {
        return archives;
    }

    /** The columns emptied when the period has passed (null: the row is archived or deleted). */
    public String clears() {
        return clears;
    }

    /** Whether a period may be set (the audit history is kept whole). */
    public boolean takesPeriod() {
        return table != null;
    }

    public String table() {
        return table;
    }

    /** The column the period runs from. */
    public String since() {
        return since;
    }

    /** What else a row must be to be due (null: nothing). */
    public String open() {
        return open;
    }

    /** The expression of a row's customer. */
    public String customer() {
        return customer;
    }

    /** The expression of a row's project (null: none). */
    public String project() {
        return project;
    }
}
