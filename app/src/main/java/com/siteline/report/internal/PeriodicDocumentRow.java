package com.siteline.report.internal;

import com.siteline.base.AbstractEntity;
import com.siteline.base.UnitScope;
import com.siteline.report.DocumentKind;
import com.siteline.report.DocumentStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Filter;

/** A periodic document of a unit: its period, due day, the text the manager wrote, the frozen figures. */
@Entity
@Filter(name = UnitScope.FILTER, condition = UnitScope.OF_UNIT)
@Table(name = "periodic_document")
public class PeriodicDocumentRow extends AbstractEntity {
    @Column(name = "business_unit_id", nullable = false)
    private long businessUnitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private DocumentKind kind;

    @Column(name = "period_first", nullable = false)
    private LocalDate periodFirst;

    @Column(name = "period_last", nullable = false)
    private LocalDate periodLast;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private DocumentStatus status;

    @Column(length = 4000)
    private String summary;

    @Column(length = 4000)
    private String remarks;

    @Lob
    @Column(columnDefinition = "longtext")
    private String figures;

    @Column(name = "drafted_at", nullable = false)
    private Instant draftedAt;

    @Column(name = "refreshed_at", nullable = false)
    private Instant refreshedAt;

    @Column(name = "approved_by", length = 60)
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "published_by", length = 60)
    private String publishedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected PeriodicDocumentRow() {}

    public PeriodicDocumentRow(
            long businessUnitId,
            DocumentKind kind,
            LocalDate periodFirst,
            LocalDate periodLast,
            LocalDate dueOn,
            String figures,
            Instant now) {
        this.businessUnitId = businessUnitId;
        this.kind = kind;
        this.periodFirst = periodFirst;
        this.periodLast = periodLast;
        this.dueOn = dueOn;
        this.status = DocumentStatus.DRAFT;
        this.figures = figures;
        this.draftedAt = now;
        this.refreshedAt = now;
    }

    public long getBusinessUnitId() {
        return businessUnitId;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public LocalDate getPeriodFirst() {
        return periodFirst;
    }

    public LocalDate getPeriodLast() {
        return periodLast;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public DocumentStatus getStatus() {
        return status;
    }

    public String getSummary() {
        return summary;
    }

    public String getRemarks() {
        return remarks;
    }

    public String getFigures() {
        return figures;
    }

    public Instant getDraftedAt() {
        return draftedAt;
    }

    public Instant getRefreshedAt() {
        return refreshedAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public void edit(String summary, String remarks) {
        this.summary = summary;
        this.remarks = remarks;
    }

    public void refresh(String figures, Instant now) {
        this.figures = figures;
        this.refreshedAt = now;
    }

    public void approve(String by, Instant at) {
        this.status = DocumentStatus.APPROVED;
        this.approvedBy = by;
        this.approvedAt = at;
    }

    public void publish(String by, Instant at) {
        this.status = DocumentStatus.PUBLISHED;
        this.publishedBy = by;
        this.publishedAt = at;
    }
}
