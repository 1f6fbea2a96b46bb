package com.siteline.organization.internal;

import com.siteline.base.AbstractEntity;
import com.siteline.base.UnitScope;
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
import org.hibernate.annotations.FilterDef;
import org.hibernate.annotations.ParamDef;

/**
 * A business unit (事业部 / 管理处). Declares the unit scope ({@link UnitScope}), the filter every unit-owned entity
 * carries: on in every session, its values resolved per query from the current actor.
 */
@Entity
@Table(name = "business_unit")
@FilterDef(
        name = UnitScope.FILTER,
        autoEnabled = true,
        applyToLoadByKey = true,
        defaultCondition = UnitScope.OF_UNIT,
        parameters = {
            @ParamDef(
                    name = UnitScope.EVERYTHING,
                    type = Integer.class,
                    resolver = UnitScopeParameters.Everything.class),
            @ParamDef(name = UnitScope.UNITS, type = Long.class, resolver = UnitScopeParameters.Units.class),
            @ParamDef(
                    name = UnitScope.GRANTED_CUSTOMERS,
                    type = Long.class,
                    resolver = UnitScopeParameters.GrantedCustomers.class),
            @ParamDef(
                    name = UnitScope.GRANTED_PROJECTS,
                    type = Long.class,
                    resolver = UnitScopeParameters.GrantedProjects.class)
        })
public class BusinessUnit extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    /** What the unit serves where a variant's obligations differ by it (residential or office); null: not named. */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "premises_kind", length = 12)
    private com.siteline.sdk.PremisesKind premises;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "business_unit_plugin", joinColumns = @JoinColumn(name = "business_unit_id"))
    @Column(name = "plugin_id", length = 80)
    private Set<String> pluginIds = new HashSet<>();

    protected BusinessUnit() {}

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

    public void setName(String name) {
        this.name = name;
    }

    /** Element-collection changes alone do not raise the version: count them as a change of the unit. */
    public void touch() {
        this.updatedAt = Instant.now();
    }

    public com.siteline.sdk.PremisesKind getPremises() {
        return premises;
    }

    public void setPremises(com.siteline.sdk.PremisesKind premises) {
        this.premises = premises;
    }

    public Set<String> getPluginIds() {
        return pluginIds;
    }
}
