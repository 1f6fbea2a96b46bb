package com.siteline.issue.internal;

import com.siteline.base.AbstractRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A time an issue's clock stood still (waiting for the customer); open while it still does. */
@Entity
@Table(name = "issue_pause")
public class IssuePause extends AbstractRow {
    @Column(name = "issue_id", nullable = false)
    private long issueId;

    @Column(name = "paused_from", nullable = false)
    private Instant pausedFrom;

    @Column(name = "paused_to")
    private Instant pausedTo;

    @Column(length = 80)
    private String reason;

    protected IssuePause() {}

    public IssuePause(long issueId, Instant pausedFrom, String reason) {
        this.issueId = issueId;
        this.pausedFrom = pausedFrom;
        this.reason = reason;
    }

    public String getReason() {
        return reason;
    }

    public void end(Instant at) {
        this.pausedTo = at;
    }

    public long getIssueId() {
        return issueId;
    }

    public Instant getPausedFrom() {
        return pausedFrom;
    }

    public Instant getPausedTo() {
        return pausedTo;
    }
}
