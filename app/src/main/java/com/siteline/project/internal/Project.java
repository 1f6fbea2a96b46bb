package com.siteline.project.internal;

import com.siteline.base.UnitScope;
import com.siteline.project.ProjectTeam;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Filter;

@Entity
@Filter(name = UnitScope.FILTER, condition = UnitScope.PROJECT)
@Table(name = "project")
public class Project extends com.siteline.base.ArchivableEntity {

    @Column(name = "business_unit_id", nullable = false)
    private long businessUnitId;

    @Column(name = "variant_id", nullable = false, length = 80)
    private String variantId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "customer_name", nullable = false, length = 120)
    private String customerName;

    @Column(length = 300)
    private String address;

    @Column(name = "current_stage_id", nullable = false, length = 80)
    private String currentStageId;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    @Column(name = "customer_id")
    private Long customerId;

    @Column(name = "project_manager", length = 60)
    private String projectManager;

    @Column(length = 60)
    private String designer;

    @Column(length = 60)
    private String agent;

    @Column(name = "contract_value", precision = 14, scale = 2)
    private BigDecimal contractValue;

    @Column(name = "planned_start")
    private LocalDate plannedStart;

    @Column(name = "planned_end")
    private LocalDate plannedEnd;

    @Column(name = "actual_start")
    private LocalDate actualStart;

    @Column(name = "actual_end")
    private LocalDate actualEnd;

    protected Project() {}

    public Project(
            long businessUnitId,
            String variantId,
            String name,
            String customerName,
            String address,
            String firstStageId,
            String createdBy) {
        this.businessUnitId = businessUnitId;
        this.variantId = variantId;
        this.name = name;
        this.customerName = customerName;
        this.address = address;
        this.currentStageId = firstStageId;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
    }

    public long getBusinessUnitId() {
        return businessUnitId;
    }

    public String getVariantId() {
        return variantId;
    }

    public String getName() {
        return name;
    }

    public String getCustomerName() {
        return customerName;
    }

    public String getAddress() {
        return address;
    }

    public String getCurrentStageId() {
        return currentStageId;
    }

    public void moveTo(String stageId) {
        this.currentStageId = stageId;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    /** The works are completed (the variant's completion stage was accepted) at {@code at}. */
    public void complete(Instant at) {
        this.completedAt = at;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    /** The project left its last stage at {@code at}. */
    public void close(Instant at) {
        this.closedAt = at;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void renameCustomer(String name) {
        this.customerName = name;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public ProjectTeam getTeam() {
        return new ProjectTeam(
                projectManager, designer, agent, contractValue, plannedStart, plannedEnd, actualStart, actualEnd);
    }

    public void setTeam(ProjectTeam team) {
        projectManager = team.projectManager();
        designer = team.designer();
        agent = team.agent();
        contractValue = team.contractValue();
        plannedStart = team.plannedStart();
        plannedEnd = team.plannedEnd();
        actualStart = team.actualStart();
        actualEnd = team.actualEnd();
    }
}
