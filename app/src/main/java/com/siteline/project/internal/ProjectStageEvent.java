package com.siteline.project.internal;

import com.siteline.base.AbstractRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "project_stage_event")
public class ProjectStageEvent extends AbstractRow {

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "from_stage", length = 80)
    private String fromStage;

    @Column(name = "to_stage", length = 80)
    private String toStage;

    @Column(nullable = false)
    private Instant at;

    @Column(name = "by_user", nullable = false, length = 60)
    private String byUser;

    protected ProjectStageEvent() {}

    public ProjectStageEvent(long projectId, String fromStage, String toStage, String byUser) {
        this(projectId, fromStage, toStage, byUser, Instant.now());
    }

    /** A move at {@code at}: the moment a completion or closing it causes is stamped with. */
    public ProjectStageEvent(long projectId, String fromStage, String toStage, String byUser, Instant at) {
        this.projectId = projectId;
        this.fromStage = fromStage;
        this.toStage = toStage;
        this.byUser = byUser;
        this.at = at;
    }

    public String getFromStage() {
        return fromStage;
    }

    public String getToStage() {
        return toStage;
    }

    public Instant getAt() {
        return at;
    }

    public String getByUser() {
        return byUser;
    }
}
