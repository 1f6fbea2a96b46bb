package com.siteline.followup.internal;

import com.siteline.base.AbstractEntity;
import com.siteline.base.UnitScope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Filter;

/** One customer on a unit's greeting list for one occasion. */
@Entity
@Filter(name = UnitScope.FILTER, condition = UnitScope.OF_CUSTOMER)
@Table(name = "holiday_greeting")
public class Greeting extends AbstractEntity {
    @Column(name = "business_unit_id", nullable = false)
    private long businessUnitId;

    @Column(nullable = false, length = 60)
    private String occasion;

    @Column(name = "occasion_on", nullable = false)
    private LocalDate occasionOn;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "customer_name", nullable = false, length = 200)
    private String customerName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private GreetingState state;

    @Column(length = 500)
    private String note;

    @Column(name = "done_by", length = 60)
    private String doneBy;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "prepared_by", nullable = false, length = 60)
    private String preparedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Greeting() {}

    public Greeting(
            long businessUnitId,
            String occasion,
            LocalDate occasionOn,
            long customerId,
            String customerName,
            String preparedBy,
            Instant now) {
        this.businessUnitId = businessUnitId;
        this.occasion = occasion;
        this.occasionOn = occasionOn;
        this.customerId = customerId;
        this.customerName = customerName;
        this.preparedBy = preparedBy;
        this.state = GreetingState.WAITING;
        this.createdAt = now;
    }

    /** Greeted (sent, called) or skipped, by whom and when, with a note. */
    public void done(GreetingState outcome, String note, String by, Instant at) {
        this.state = outcome;
        this.note = note;
        this.doneBy = by;
        this.doneAt = at;
    }

    public long getBusinessUnitId() {
        return businessUnitId;
    }

    public String getOccasion() {
        return occasion;
    }

    public LocalDate getOccasionOn() {
        return occasionOn;
    }

    public long getCustomerId() {
        return customerId;
    }

    public String getCustomerName() {
        return customerName;
    }

    public GreetingState getState() {
        return state;
    }

    public String getNote() {
        return note;
    }

    public String getDoneBy() {
        return doneBy;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public String getPreparedBy() {
        return preparedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
