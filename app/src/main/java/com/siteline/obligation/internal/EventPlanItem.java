package com.siteline.obligation.internal;

import com.siteline.base.AbstractRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A community event planned on a day. */
@Entity
@Table(name = "event_plan_item")
public class EventPlanItem extends AbstractRow {

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id")
    private EventPlan plan;

    @Column(name = "planned_on", nullable = false)
    private LocalDate plannedOn;

    @Column(nullable = false, length = 200)
    private String title;

    protected EventPlanItem() {}

    EventPlanItem(EventPlan plan, LocalDate plannedOn, String title) {
        this.plan = plan;
        this.plannedOn = plannedOn;
        this.title = title;
    }

    public LocalDate getPlannedOn() {
        return plannedOn;
    }

    public String getTitle() {
        return title;
    }
}
