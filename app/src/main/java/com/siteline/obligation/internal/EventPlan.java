package com.siteline.obligation.internal;

import com.siteline.base.AbstractEntity;
import com.siteline.base.UnitScope;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Filter;

/** A unit's community event plan of a year, with its planned events. */
@Entity
@Filter(name = UnitScope.FILTER, condition = UnitScope.OF_UNIT)
@Table(name = "event_plan")
public class EventPlan extends AbstractEntity {

    /** A plan being written, or approved (its events then set the quarters' tasks). */
    public static final String DRAFT = "DRAFT";

    public static final String APPROVED = "APPROVED";

    @Column(name = "business_unit_id", nullable = false)
    private long businessUnitId;

    @Column(name = "plan_year", nullable = false)
    private int year;

    @Column(nullable = false, length = 12)
    private String state;

    @Column(name = "drafted_by", nullable = false, length = 60)
    private String draftedBy;

    @Column(name = "drafted_at", nullable = false)
    private Instant draftedAt;

    @Column(name = "approved_by", length = 60)
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("plannedOn, id")
    private List<EventPlanItem> items = new ArrayList<>();

    protected EventPlan() {}

    public EventPlan(long businessUnitId, int year, String draftedBy, Instant draftedAt) {
        this.businessUnitId = businessUnitId;
        this.year = year;
        this.state = DRAFT;
        this.draftedBy = draftedBy;
        this.draftedAt = draftedAt;
    }

    public void add(LocalDate day, String title) {
        items.add(new EventPlanItem(this, day, title));
    }

    public void approved(String by, Instant at) {
        this.state = APPROVED;
        this.approvedBy = by;
        this.approvedAt = at;
    }

    public long getBusinessUnitId() {
        return businessUnitId;
    }

    public int getYear() {
        return year;
    }

    public String getState() {
        return state;
    }

    public String getDraftedBy() {
        return draftedBy;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public List<EventPlanItem> getItems() {
        return items;
    }
}
