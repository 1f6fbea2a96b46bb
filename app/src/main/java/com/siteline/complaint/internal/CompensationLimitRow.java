package com.siteline.complaint.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/** Up to which amount each level of a unit approves compensation, keyed by the unit (configuration). */
@Entity
@Table(name = "compensation_limit")
public class CompensationLimitRow {

    @Id
    @Column(name = "business_unit_id")
    private long businessUnitId;

    @Version
    private long version;

    @Column(name = "team_lead_max", nullable = false, precision = 12, scale = 2)
    private BigDecimal teamLeadMax;

    @Column(name = "manager_max", nullable = false, precision = 12, scale = 2)
    private BigDecimal managerMax;

    @Column(name = "company_max", nullable = false, precision = 12, scale = 2)
    private BigDecimal companyMax;

    @Column(name = "changed_by", nullable = false, length = 60)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected CompensationLimitRow() {}

    public CompensationLimitRow(long businessUnitId) {
        this.businessUnitId = businessUnitId;
    }

    public void set(BigDecimal teamLead, BigDecimal manager, BigDecimal company, String by, Instant at) {
        this.teamLeadMax = teamLead;
        this.managerMax = manager;
        this.companyMax = company;
        this.changedBy = by;
        this.changedAt = at;
    }

    public long getBusinessUnitId() {
        return businessUnitId;
    }

    public long getVersion() {
        return version;
    }

    public BigDecimal getTeamLeadMax() {
        return teamLeadMax;
    }

    public BigDecimal getManagerMax() {
        return managerMax;
    }

    public BigDecimal getCompanyMax() {
        return companyMax;
    }
}
