package com.siteline.organization.internal;

import com.siteline.base.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

@Entity
@Table(name = "business_unit")
public class BusinessUnit extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "business_unit_plugin", joinColumns = @JoinColumn(name = "business_unit_id"))
    @Column(name = "plugin_id", length = 80)
    private Set<String> pluginIds = new HashSet<>();

    protected BusinessUnit() {
    }

    public BusinessUnit(String code, String name) {
        this.code = code;
        this.name = name;
        this.createdAt = Instant.now();
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    /** Element-collection changes alone do not raise the version: count them as a change of the unit. */
    public void touch() {
        this.updatedAt = Instant.now();
    }

    public Set<String> getPluginIds() {
        return pluginIds;
    }
}
