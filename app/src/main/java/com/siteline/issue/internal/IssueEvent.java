package com.siteline.issue.internal;

import com.siteline.base.AbstractRow;
import com.siteline.issue.IssueEventKind;
import com.siteline.issue.IssueStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step in an issue's history: a status change, an assignment, a field change. */
@Entity
@Table(name = "issue_event")
public class IssueEvent extends AbstractRow {
    @Column(name = "issue_id", nullable = false)
    private long issueId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 60)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private IssueEventKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    private IssueStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", length = 20)
    private IssueStatus toStatus;

    @Column(length = 1000)
    private String detail;

    protected IssueEvent() {}

    public IssueEvent(
            long issueId,
            Instant occurredAt,
            String actor,
            IssueEventKind kind,
            IssueStatus fromStatus,
            IssueStatus toStatus,
            String detail) {
        this.issueId = issueId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.kind = kind;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.detail = detail;
    }

    public long getIssueId() {
        return issueId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public IssueEventKind getKind() {
        return kind;
    }

    public IssueStatus getFromStatus() {
        return fromStatus;
    }

    public IssueStatus getToStatus() {
        return toStatus;
    }

    public String getDetail() {
        return detail;
    }
}
