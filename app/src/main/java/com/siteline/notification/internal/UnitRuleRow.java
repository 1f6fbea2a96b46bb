package com.siteline.notification.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalTime;

/** A unit's quiet hours and daily cap per customer for SMS and robot messages. */
@Entity
@Table(name = "channel_unit_rule")
public class UnitRuleRow {

    @Id
    @Column(name = "business_unit_id")
    private Long businessUnitId;

    @Version
    private long version;

    @Column(name = "quiet_from", nullable = false)
    private LocalTime quietFrom;

    @Column(name = "quiet_until", nullable = false)
    private LocalTime quietUntil;

    @Column(name = "daily_cap", nullable = false)
    private int dailyCap;

    protected UnitRuleRow() {}

    public UnitRuleRow(long businessUnitId) {
        this.businessUnitId = businessUnitId;
    }

    public void change(LocalTime quietFrom, LocalTime quietUntil, int dailyCap) {
        this.quietFrom = quietFrom;
        this.quietUntil = quietUntil;
        this.dailyCap = dailyCap;
    }

    public long getBusinessUnitId() {
        return businessUnitId;
    }

    public LocalTime getQuietFrom() {
        return quietFrom;
    }

    public LocalTime getQuietUntil() {
        return quietUntil;
    }

    public int getDailyCap() {
        return dailyCap;
    }
}
