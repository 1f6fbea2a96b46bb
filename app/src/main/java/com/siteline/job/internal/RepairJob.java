package com.siteline.job.internal;

import com.siteline.base.AbstractEntity;
import com.siteline.base.UnitScope;
import com.siteline.job.JobState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Filter;

/** One repair or warranty job of a repair request. */
@Entity
@Filter(name = UnitScope.FILTER, condition = UnitScope.OF_CUSTOMER)
@Table(name = "repair_job")
public class RepairJob extends AbstractEntity {
    @Column(name = "business_unit_id", nullable = false)
    private long businessUnitId;

    @Column(name = "variant_id", length = 64)
    private String variantId;

    @Column(name = "issue_id", nullable = false)
    private long issueId;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "customer_name", nullable = false, length = 200)
    private String customerName;

    @Column(name = "project_id")
    private Long projectId;

    @Column(nullable = false, length = 300)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private JobState state;

    @Column(name = "response_due")
    private Instant responseDue;

    @Column(name = "on_site_due")
    private Instant onSiteDue;

    @Column(name = "in_warranty", nullable = false)
    private boolean inWarranty;

    @Column(name = "warranty_until")
    private LocalDate warrantyUntil;

    @Column(name = "warranty_trade", length = 64)
    private String warrantyTrade;

    @Column(precision = 12, scale = 2)
    private BigDecimal quote;

    @Column(name = "quote_accepted_at")
    private Instant quoteAcceptedAt;

    @Column(length = 100)
    private String technician;

    @Column(name = "dispatched_at")
    private Instant dispatchedAt;

    /** The technician (a user) the job was sent to; null for a job dispatched before technicians were users. */
    @Column(name = "technician_username", length = 60)
    private String technicianUsername;

    @Column(name = "technician_phone", length = 30)
    private String technicianPhone;

    /** The window agreed with the customer for the technician's visit. */
    @Column(name = "appointment_from")
    private Instant appointmentFrom;

    @Column(name = "appointment_to")
    private Instant appointmentTo;

    @Column(name = "arrived_at")
    private Instant arrivedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "work_done", length = 2000)
    private String workDone;

    @Column(length = 1000)
    private String materials;

    @Column(precision = 12, scale = 2)
    private BigDecimal charge;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "confirmed_by", length = 100)
    private String confirmedBy;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected RepairJob() {}

    public RepairJob(
            long businessUnitId,
            String variantId,
            long issueId,
            long customerId,
            String customerName,
            Long projectId,
            String title,
            Instant responseDue,
            Instant onSiteDue,
            boolean inWarranty,
            LocalDate warrantyUntil,
            String warrantyTrade,
            String createdBy,
            Instant createdAt) {
        this.warrantyTrade = warrantyTrade;
        this.businessUnitId = businessUnitId;
        this.variantId = variantId;
        this.issueId = issueId;
        this.customerId = customerId;
        this.customerName = customerName;
        this.projectId = projectId;
        this.title = title.length() > 300 ? title.substring(0, 300) : title;
        this.state = JobState.REQUESTED;
        this.responseDue = responseDue;
        this.onSiteDue = onSiteDue;
        this.inWarranty = inWarranty;
        this.warrantyUntil = warrantyUntil;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void quoteAccepted(BigDecimal quote, Instant now) {
        this.quote = quote;
        this.quoteAcceptedAt = now;
    }

    /** Sent to a technician (a user: their name and phone written as they are now) for a window agreed. */
    public void dispatch(
            String technician,
            String username,
            String phone,
            Instant appointmentFrom,
            Instant appointmentTo,
            Instant now) {
        this.technician = technician;
        this.technicianUsername = username;
        this.technicianPhone = phone;
        this.appointmentFrom = appointmentFrom;
        this.appointmentTo = appointmentTo;
        this.dispatchedAt = now;
        this.state = JobState.DISPATCHED;
    }

    public String getTechnicianUsername() {
        return technicianUsername;
    }

    public String getTechnicianPhone() {
        return technicianPhone;
    }

    public Instant getAppointmentFrom() {
        return appointmentFrom;
    }

    public Instant getAppointmentTo() {
        return appointmentTo;
    }

    public void arrived(Instant now) {
        this.arrivedAt = now;
        this.state = JobState.ON_SITE;
    }

    public void completed(String workDone, String materials, BigDecimal charge, Instant now) {
        this.workDone = workDone;
        this.materials = materials;
        this.charge = charge;
        this.completedAt = now;
        this.state = JobState.COMPLETED;
    }

    public void confirmed(String by, Instant now) {
        this.confirmedBy = by;
        this.confirmedAt = now;
        this.state = JobState.CONFIRMED;
    }

    public void cancel() {
        this.state = JobState.CANCELLED;
    }

    public long getBusinessUnitId() {
        return businessUnitId;
    }

    public String getVariantId() {
        return variantId;
    }

    public long getIssueId() {
        return issueId;
    }

    public long getCustomerId() {
        return customerId;
    }

    public String getCustomerName() {
        return customerName;
    }

    public Long getProjectId() {
        return projectId;
    }

    public String getTitle() {
        return title;
    }

    public JobState getState() {
        return state;
    }

    public Instant getResponseDue() {
        return responseDue;
    }

    public Instant getOnSiteDue() {
        return onSiteDue;
    }

    public boolean isInWarranty() {
        return inWarranty;
    }

    public String getWarrantyTrade() {
        return warrantyTrade;
    }

    public LocalDate getWarrantyUntil() {
        return warrantyUntil;
    }

    public BigDecimal getQuote() {
        return quote;
    }

    public Instant getQuoteAcceptedAt() {
        return quoteAcceptedAt;
    }

    public String getTechnician() {
        return technician;
    }

    public Instant getDispatchedAt() {
        return dispatchedAt;
    }

    public Instant getArrivedAt() {
        return arrivedAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public String getWorkDone() {
        return workDone;
    }

    public String getMaterials() {
        return materials;
    }

    public BigDecimal getCharge() {
        return charge;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
