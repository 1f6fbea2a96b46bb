package com.siteline.complaint.internal;

import com.siteline.base.AbstractRow;
import com.siteline.base.UnitScope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Filter;

/** A note a party of an issue wrote while it was handled (the team it wrote for, when it wrote as one). */
@Entity
@Filter(name = UnitScope.FILTER, condition = UnitScope.OF_UNIT)
@Table(name = "complaint_note")
public class ComplaintNote extends AbstractRow {

    @Column(name = "business_unit_id", nullable = false)
    private long businessUnitId;

    @Column(name = "issue_id", nullable = false)
    private long issueId;

    @Column(nullable = false, length = 60)
    private String author;

    @Column(name = "team_id")
    private Long teamId;

    @Column(nullable = false, length = 2000)
    private String body;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected ComplaintNote() {}

    public ComplaintNote(long businessUnitId, long issueId, String author, Long teamId, String body, Instant at) {
        this.businessUnitId = businessUnitId;
        this.issueId = issueId;
        this.author = author;
        this.teamId = teamId;
        this.body = body;
        this.writtenAt = at;
    }

    public long getBusinessUnitId() {
        return businessUnitId;
    }

    public long getIssueId() {
        return issueId;
    }

    public String getAuthor() {
        return author;
    }

    public Long getTeamId() {
        return teamId;
    }

    public String getBody() {
        return body;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
