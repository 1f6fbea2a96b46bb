package com.siteline.complaint.internal;

import com.siteline.base.AbstractEntity;
import com.siteline.base.UnitScope;
import com.siteline.complaint.CauseCategory;
import com.siteline.complaint.Impact;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.annotations.Filter;

/** How an issue is handled: its responsible team, cause category and impacts (one row per issue). */
@Entity
@Filter(name = UnitScope.FILTER, condition = UnitScope.OF_UNIT)
@Table(name = "complaint_handling")
public class ComplaintHandlingRow extends AbstractEntity {

    @Column(name = "business_unit_id", nullable = false)
    private long businessUnitId;

    @Column(name = "issue_id", nullable = false)
    private long issueId;

    @Column(name = "responsible_team_id")
    private Long responsibleTeamId;

    @Enumerated(EnumType.STRING)
    @Column(name = "cause_category", length = 20)
    private CauseCategory cause;

    @Column(length = 80)
    private String impacts;

    @Column(name = "changed_by", nullable = false, length = 60)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected ComplaintHandlingRow() {}

    public ComplaintHandlingRow(long businessUnitId, long issueId) {
        this.businessUnitId = businessUnitId;
        this.issueId = issueId;
    }

    public void set(Long responsibleTeamId, CauseCategory cause, Set<Impact> impacts, String by, Instant at) {
        this.responsibleTeamId = responsibleTeamId;
        this.cause = cause;
        this.impacts = impacts.isEmpty()
                ? null
                : impacts.stream().sorted().map(Impact::name).collect(Collectors.joining(","));
        this.changedBy = by;
        this.changedAt = at;
    }

    public long getBusinessUnitId() {
        return businessUnitId;
    }

    public long getIssueId() {
        return issueId;
    }

    public Long getResponsibleTeamId() {
        return responsibleTeamId;
    }

    public CauseCategory getCause() {
        return cause;
    }

    public Set<Impact> getImpacts() {
        if (impacts == null || impacts.isBlank()) {
            return EnumSet.noneOf(Impact.class);
        }
        return Arrays.stream(impacts.split(","))
                .map(Impact::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Impact.class)));
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
