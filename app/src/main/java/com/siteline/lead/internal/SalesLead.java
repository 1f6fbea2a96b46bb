package com.siteline.lead.internal;

import com.siteline.base.AbstractEntity;
import com.siteline.base.UnitScope;
import com.siteline.lead.LeadSource;
import com.siteline.lead.LeadStage;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Filter;

/** A lead of a unit with its history. */
@Entity
@Filter(name = UnitScope.FILTER, condition = UnitScope.OF_UNIT)
@Table(name = "sales_lead")
public class SalesLead extends AbstractEntity {

    @Column(name = "business_unit_id", nullable = false)
    private long businessUnitId;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(nullable = false, length = 40)
    private String phone;

    @Column(length = 300)
    private String address;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private LeadSource source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private LeadStage stage;

    @Column(length = 1000)
    private String need;

    @Column(name = "lost_reason", length = 500)
    private String lostReason;

    @Column(nullable = false, length = 60)
    private String owner;

    @Column(name = "customer_id")
    private Long customerId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "lead", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @OrderBy("at, id")
    private List<LeadEvent> history = new ArrayList<>();

    protected SalesLead() {}

    public SalesLead(
            long businessUnitId,
            String name,
            String phone,
            String address,
            LeadSource source,
            String need,
            String owner,
            Instant at) {
        this.businessUnitId = businessUnitId;
        this.name = name;
        this.phone = phone;
        this.address = address;
        this.source = source;
        this.need = need;
        this.owner = owner;
        this.stage = LeadStage.NEW;
        this.createdAt = at;
        this.updatedAt = at;
        history.add(new LeadEvent(this, at, owner, LeadStage.NEW, need));
    }

    public void moved(LeadStage to, String by, String note, Instant at) {
        this.stage = to;
        if (to == LeadStage.LOST) {
            this.lostReason = note;
        }
        this.updatedAt = at;
        history.add(new LeadEvent(this, at, by, to, note));
    }

    public void converted(long customerId, String by, Instant at) {
        this.customerId = customerId;
        moved(LeadStage.WON, by, null, at);
    }

    public long getBusinessUnitId() {
        return businessUnitId;
    }

    public String getName() {
        return name;
    }

    public String getPhone() {
        return phone;
    }

    public String getAddress() {
        return address;
    }

    public LeadSource getSource() {
        return source;
    }

    public LeadStage getStage() {
        return stage;
    }

    public String getNeed() {
        return need;
    }

    public String getLostReason() {
        return lostReason;
    }

    public String getOwner() {
        return owner;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<LeadEvent> getHistory() {
        return history;
    }
}
