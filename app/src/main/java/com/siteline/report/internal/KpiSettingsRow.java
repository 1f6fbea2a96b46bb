package com.siteline.report.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A unit's KPI weights as an admin saved them. */
@Entity
@Table(name = "kpi_settings")
public class KpiSettingsRow {

    @Id
    @Column(name = "business_unit_id")
    private Long businessUnitId;

    @Version
    private long version;

    @Column(name = "response_weight", nullable = false)
    private int responseWeight;

    @Column(name = "resolution_weight", nullable = false)
    private int resolutionWeight;

    @Column(name = "satisfaction_weight", nullable = false)
    private int satisfactionWeight;

    @Column(name = "response_zero_percent", nullable = false)
    private int responseZeroPercent;

    @Column(name = "updated_by", nullable = false, length = 60)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected KpiSettingsRow() {}

    public KpiSettingsRow(long businessUnitId) {
        this.businessUnitId = businessUnitId;
    }

    public long getBusinessUnitId() {
        return businessUnitId;
    }

    public long getVersion() {
        return version;
    }

    public int getResponseWeight() {
        return responseWeight;
    }

    public int getResolutionWeight() {
        return resolutionWeight;
    }

    public int getSatisfactionWeight() {
        return satisfactionWeight;
    }

    public int getResponseZeroPercent() {
        return responseZeroPercent;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void set(int response, int resolution, int satisfaction, int zeroPercent, String by, Instant at) {
        this.responseWeight = response;
        this.resolutionWeight = resolution;
        this.satisfactionWeight = satisfaction;
        this.responseZeroPercent = zeroPercent;
        this.updatedBy = by;
        this.updatedAt = at;
    }
}
