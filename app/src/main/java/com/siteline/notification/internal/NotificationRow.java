package com.siteline.notification.internal;

import com.siteline.base.AbstractRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "notification")
public class NotificationRow extends AbstractRow {
    @Column(nullable = false, length = 60)
    private String recipient;

    @Column(name = "issue_id")
    private Long issueId;

    @Column(nullable = false, length = 30)
    private String kind;

    @Column(name = "dedup_key", nullable = false, length = 160)
    private String dedupKey;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(length = 1000)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(name = "emailed_at")
    private Instant emailedAt;

    @Column(name = "email_attempts", nullable = false)
    private int emailAttempts;

    @Column(name = "email_due_at")
    private Instant emailDueAt;

    protected NotificationRow() {}

    public NotificationRow(
            String recipient,
            Long issueId,
            String kind,
            String dedupKey,
            String title,
            String body,
            Instant createdAt) {
        this.recipient = recipient;
        this.issueId = issueId;
        this.kind = kind;
        this.dedupKey = dedupKey;
        this.title = title;
        this.body = body;
        this.createdAt = createdAt;
    }

    public String getRecipient() {
        return recipient;
    }

    public Long getIssueId() {
        return issueId;
    }

    public String getKind() {
        return kind;
    }

    public String getDedupKey() {
        return dedupKey;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public void read(Instant at) {
        this.readAt = at;
    }

    public void emailed(Instant at) {
        this.emailedAt = at;
        this.emailDueAt = null;
    }
    /** The mail server did not take it: try again at {@code next}. */
    public void emailFailed(Instant next) {
        this.emailAttempts++;
        this.emailDueAt = next;
    }
    /** Nothing to email after all (no mail server configured, no address). */
    public void noEmail() {
        this.emailDueAt = null;
    }

    public int getEmailAttempts() {
        return emailAttempts;
    }

    public Instant getEmailDueAt() {
        return emailDueAt;
    }

    public Instant getEmailedAt() {
        return emailedAt;
    }
}
