package com.siteline.sla.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalTime;

@Entity
@Table(name = "business_hours")
public class BusinessHoursRow {

    @Id
    @Column(name = "business_unit_id")
    private Long businessUnitId;

    @Version
    private long version;

    @Column(nullable = false, length = 40)
    private String zone;

    @Column(name = "morning_start", nullable = false)
    private LocalTime morningStart;

    @Column(name = "morning_end", nullable = false)
    private LocalTime morningEnd;

    @Column(name = "afternoon_start", nullable = false)
    private LocalTime afternoonStart;

    @Column(name = "afternoon_end", nullable = false)
    private LocalTime afternoonEnd;

    @Column(name = "saturday_works", nullable = false)
    private boolean saturdayWorks;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected BusinessHoursRow() {}

    public BusinessHoursRow(long businessUnitId) {
        this.businessUnitId = businessUnitId;
    }

    public void update(
            String zone,
            LocalTime morningStart,
            LocalTime morningEnd,
            LocalTime afternoonStart,
            LocalTime afternoonEnd,
            boolean saturdayWorks) {
        this.zone = zone;
        this.morningStart = morningStart;
        this.morningEnd = morningEnd;
        this.afternoonStart = afternoonStart;
        this.afternoonEnd = afternoonEnd;
        this.saturdayWorks = saturdayWorks;
        this.updatedAt = Instant.now();
    }

    public long getVersion() {
        return version;
    }

    public String getZone() {
        return zone;
    }

    public LocalTime getMorningStart() {
        return morningStart;
    }

    public LocalTime getMorningEnd() {
        return morningEnd;
    }

    public LocalTime getAfternoonStart() {
        return afternoonStart;
    }

    public LocalTime getAfternoonEnd() {
        return afternoonEnd;
    }

    public boolean isSaturdayWorks() {
        return saturdayWorks;
    }
}
