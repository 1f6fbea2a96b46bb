package com.siteline.training.internal;

import com.siteline.base.AbstractEntity;
import com.siteline.base.UnitScope;
import com.siteline.training.TrainingState;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Filter;

/** A training session of a unit with its attendees. */
@Entity
@Filter(name = UnitScope.FILTER, condition = UnitScope.OF_UNIT)
@Table(name = "training_session")
public class TrainingSession extends AbstractEntity {

    @Column(name = "business_unit_id", nullable = false)
    private long businessUnitId;

    @Column(nullable = false, length = 200)
    private String topic;

    @Column(nullable = false, length = 120)
    private String trainer;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(length = 2000)
    private String material;

    @Column(name = "improvement_id")
    private Long improvementId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private TrainingState state;

    @Column(name = "planned_by", nullable = false, length = 60)
    private String plannedBy;

    @Column(name = "planned_at", nullable = false)
    private Instant plannedAt;

    @Column(name = "recorded_by", length = 60)
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("username")
    private List<TrainingAttendee> attendees = new ArrayList<>();

    protected TrainingSession() {}

    public TrainingSession(
            long businessUnitId,
            String topic,
            String trainer,
            LocalDate heldOn,
            String material,
            Long improvementId,
            String plannedBy,
            Instant plannedAt) {
        this.businessUnitId = businessUnitId;
        this.topic = topic;
        this.trainer = trainer;
        this.heldOn = heldOn;
        this.material = material;
        this.improvementId = improvementId;
        this.state = TrainingState.PLANNED;
        this.plannedBy = plannedBy;
        this.plannedAt = plannedAt;
    }

    public void held(String by, Instant at) {
        this.state = TrainingState.HELD;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public long getBusinessUnitId() {
        return businessUnitId;
    }

    public String getTopic() {
        return topic;
    }

    public String getTrainer() {
        return trainer;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getMaterial() {
        return material;
    }

    public Long getImprovementId() {
        return improvementId;
    }

    public TrainingState getState() {
        return state;
    }

    public List<TrainingAttendee> getAttendees() {
        return attendees;
    }
}
