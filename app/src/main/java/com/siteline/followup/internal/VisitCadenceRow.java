package com.siteline.followup.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A unit's visit cadence for its important customers, keyed by the unit (configuration, read by its admins). */
@Entity
@Table(name = "visit_cadence")
public class VisitCadenceRow {

    @Id
    @Column(name = "business_unit_id")
    private long businessUnitId;

    @Version
    private long version;

    @Column(name = "vip_months", nullable = false)
    private int vipMonths;

    @Column(name = "key_months", nullable = false)
    private int keyMonths;

    @Column(name = "changed_by", nullable = false, length = 60)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected VisitCadenceRow() {}

    public VisitCadenceRow(long businessUnitId) {
        this.businessUnitId = businessUnitId;
    }

    public void set(int vipMonths, int keyMonths, String by, Instant at) {
        this.vipMonths = vipMonths;
        this.keyMonths = keyMonths;
        this.changedBy = by;
        this.changedAt = at;
    }

    public long getBusinessUnitId() {
        return businessUnitId;
    }

    public long getVersion() {
        return version;
    }

    public int getVipMonths() {
        return vipMonths;
    }

    public int getKeyMonths() {
        return keyMonths;
    }
}
