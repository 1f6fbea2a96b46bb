package com.siteline.base;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import java.time.Instant;

/**
 * An entity that the retention rules archive (归档) when its period has passed: from then on it is read-only (a
 * change or removal is refused here, whoever tries), out of every grid ({@code JpaGrid}) and out of the search
 * index (the search module's routing), while it stays in the figures and the audit history. Only the retention
 * sweep sets {@code archived_at}, by SQL.
 */
@MappedSuperclass
public abstract class ArchivableEntity extends AbstractEntity {

    @Column(name = "archived_at", insertable = false, updatable = false)
    private Instant archivedAt;

    public Instant getArchivedAt() {
        return archivedAt;
    }

    public boolean archived() {
        return archivedAt != null;
    }

    @PreUpdate
    @PreRemove
    void refuseWhenArchived() {
        if (archivedAt != null) {
            throw new RefusedException("retention.refused.archived");
        }
    }
}
