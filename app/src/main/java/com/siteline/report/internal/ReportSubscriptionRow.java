package com.siteline.report.internal;

import com.siteline.base.AbstractEntity;
import com.siteline.report.SlaGrouping;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A manager's scheduled report email: which report, grouped how, how often, to whom (usernames). */
@Entity
@Table(name = "report_subscription")
public class ReportSubscriptionRow extends AbstractEntity {
    @Column(nullable = false, length = 60)
    private String owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ScheduledReport report;

    @Enumerated(EnumType.STRING)
    @Column(name = "grouping_key", nullable = false, length = 12)
    private SlaGrouping grouping;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ReportFrequency frequency;

    @Column(nullable = false, length = 1000)
    private String recipients;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ReportSubscriptionRow() {}

    public ReportSubscriptionRow(
            String owner,
            ScheduledReport report,
            SlaGrouping grouping,
            ReportFrequency frequency,
            String recipients,
            Instant createdAt) {
        this.owner = owner;
        this.report = report;
        this.grouping = grouping;
        this.frequency = frequency;
        this.recipients = recipients;
        this.active = true;
        this.createdAt = createdAt;
    }

    public String getOwner() {
        return owner;
    }

    public ScheduledReport getReport() {
        return report;
    }

    public SlaGrouping getGrouping() {
        return grouping;
    }

    public ReportFrequency getFrequency() {
        return frequency;
    }

    public String getRecipients() {
        return recipients;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
