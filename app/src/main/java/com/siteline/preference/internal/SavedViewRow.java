package com.siteline.preference.internal;

import com.siteline.base.AbstractRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "saved_view")
public class SavedViewRow extends AbstractRow {
    @Column(nullable = false, length = 60)
    private String owner;

    @Column(name = "grid_id", nullable = false, length = 40)
    private String gridId;

    @Column(nullable = false, length = 80)
    private String name;

    @Column(nullable = false)
    private boolean shared;

    @Column(nullable = false, length = 4000)
    private String query;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SavedViewRow() {}

    public SavedViewRow(String owner, String gridId, String name, boolean shared, String query, Instant createdAt) {
        this.owner = owner;
        this.gridId = gridId;
        this.name = name;
        this.shared = shared;
        this.query = query;
        this.createdAt = createdAt;
    }

    public String getOwner() {
        return owner;
    }

    public String getName() {
        return name;
    }

    public boolean isShared() {
        return shared;
    }

    public String getQuery() {
        return query;
    }
}
