package com.siteline.complaint.internal;

import com.siteline.base.AbstractRow;
import com.siteline.base.UnitScope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Filter;

/** A supporting team (相关部门配合) of an issue. */
@Entity
@Filter(name = UnitScope.FILTER, condition = UnitScope.OF_UNIT)
@Table(name = "complaint_party")
public class ComplaintParty extends AbstractRow {

    @Column(name = "business_unit_id", nullable = false)
    private long businessUnitId;

    @Column(name = "issue_id", nullable = false)
    private long issueId;

    @Column(name = "team_id", nullable = false)
    private long teamId;

    @Column(name = "added_by", nullable = false, length = 60)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected ComplaintParty() {}

    public ComplaintParty(long businessUnitId, long issueId, long teamId, String addedBy, Instant addedAt) {
        this.businessUnitId = businessUnitId;
        this.issueId = issueId;
        this.teamId = teamId;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public long getBusinessUnitId() {
        return businessUnitId;
    }

    public long getIssueId() {
        return issueId;
    }

    public long getTeamId() {
        return teamId;
    }
}
