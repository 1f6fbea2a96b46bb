package com.siteline.lead.internal;

import com.siteline.base.AbstractRow;
import com.siteline.lead.LeadStage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of a lead's history. */
@Entity
@Table(name = "lead_event")
public class LeadEvent extends AbstractRow {

    @ManyToOne(optional = false)
    @JoinColumn(name = "lead_id")
    private SalesLead lead;

    @Column(nullable = false)
    private Instant at;

    @Column(name = "by_user", nullable = false, length = 60)
    private String by;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private LeadStage stage;

    @Column(length = 1000)
    private String note;

    protected LeadEvent() {}

    LeadEvent(SalesLead lead, Instant at, String by, LeadStage stage, String note) {
        this.lead = lead;
        this.at = at;
        this.by = by;
        this.stage = stage;
        this.note = note;
    }

    public Instant getAt() {
        return at;
    }

    public String getBy() {
        return by;
    }

    public LeadStage getStage() {
        return stage;
    }

    public String getNote() {
        return note;
    }
}
