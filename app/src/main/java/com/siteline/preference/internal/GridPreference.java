package com.siteline.preference.internal;

import com.siteline.base.AbstractRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "grid_preference")
public class GridPreference extends AbstractRow {
    @Column(nullable = false, length = 60)
    private String username;

    @Column(name = "grid_id", nullable = false, length = 40)
    private String gridId;

    @Column(nullable = false, length = 4000)
    private String columns;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected GridPreference() {}

    public GridPreference(String username, String gridId) {
        this.username = username;
        this.gridId = gridId;
    }

    public String getColumns() {
        return columns;
    }

    public void setColumns(String columns, Instant now) {
        this.columns = columns;
        this.updatedAt = now;
    }
}
