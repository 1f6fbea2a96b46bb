package com.siteline.plan.internal;

import com.siteline.base.AbstractEntity;
import com.siteline.base.UnitScope;
import com.siteline.plan.PlanState;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Filter;

/** One version of a project's communication plan with its lines. */
@Entity
@Filter(name = UnitScope.FILTER, condition = UnitScope.OF_UNIT)
@Table(name = "comm_plan")
public class CommPlan extends AbstractEntity {

    @Column(name = "business_unit_id", nullable = false)
    private long businessUnitId;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "plan_version", nullable = false)
    private int planVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private PlanState state;

    @Column(nullable = false, length = 60)
    private String author;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "reviewed_by", length = 60)
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "approved_by", length = 60)
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "superseded_at")
    private Instant supersededAt;

    @Column(name = "returned_by", length = 60)
    private String returnedBy;

    @Column(name = "returned_note", length = 500)
    private String returnedNote;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<CommPlanLine> lines = new ArrayList<>();

    protected CommPlan() {}

    public CommPlan(long businessUnitId, long projectId, int planVersion, String author, Instant createdAt) {
        this.businessUnitId = businessUnitId;
        this.projectId = projectId;
        this.planVersion = planVersion;
        this.author = author;
        this.createdAt = createdAt;
        this.state = PlanState.DRAFT;
    }

    public void submitted(Instant at) {
        this.state = PlanState.SUBMITTED;
        this.submittedAt = at;
        this.returnedBy = null;
        this.returnedNote = null;
    }

    public void reviewed(String by, Instant at) {
        this.state = PlanState.REVIEWED;
        this.reviewedBy = by;
        this.reviewedAt = at;
    }

    public void approved(String by, Instant at) {
        this.state = PlanState.IN_FORCE;
        this.approvedBy = by;
        this.approvedAt = at;
    }

    public void superseded(Instant at) {
        this.state = PlanState.SUPERSEDED;
        this.supersededAt = at;
    }

    public void returned(String by, String note) {
        this.state = PlanState.DRAFT;
        this.returnedBy = by;
        this.returnedNote = note;
        this.submittedAt = null;
        this.reviewedBy = null;
        this.reviewedAt = null;
    }

    /** Renumbers the lines' positions in list order. */
    public void renumber() {
        for (int i = 0; i < lines.size(); i++) {
            lines.get(i).position(i);
        }
    }

    public long getBusinessUnitId() {
        return businessUnitId;
    }

    public long getProjectId() {
        return projectId;
    }

    public int getPlanVersion() {
        return planVersion;
    }

    public PlanState getState() {
        return state;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public Instant getSupersededAt() {
        return supersededAt;
    }

    public String getReturnedBy() {
        return returnedBy;
    }

    public String getReturnedNote() {
        return returnedNote;
    }

    public List<CommPlanLine> getLines() {
        return lines;
    }
}
