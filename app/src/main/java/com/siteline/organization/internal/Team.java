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
import java.util.Set;
import java.util.TreeSet;

/** A team (客服组 / 班组) of one business unit: its members and its lead. */
@Entity
@Table(name = "team")
public class Team extends AbstractEntity {

    @Column(name = "business_unit_id", nullable = false)
    private long businessUnitId;

    @Column(nullable = false, length = 80)
    private String name;

    @Column(name = "lead_username", length = 60)
    private String lead;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "team_member", joinColumns = @JoinColumn(name = "team_id"))
    @Column(name = "username", length = 60)
    private Set<String> members = new TreeSet<>();

    protected Team() {}

    public Team(long businessUnitId, Instant createdAt) {
        this.businessUnitId = businessUnitId;
        this.createdAt = createdAt;
    }

    public long getBusinessUnitId() {
        return businessUnitId;
    }

    public String getName() {
        return name;
    }

    public String getLead() {
        return lead;
    }

    public Set<String> getMembers() {
        return members;
    }

    /** Names the team, its lead and its members (the lead is always one of them). */
    public void set(String name, String lead, Set<String> members) {
        this.name = name;
        this.lead = lead;
        this.members.clear();
        this.members.addAll(members);
        if (lead != null) {
            this.members.add(lead);
        }
    }
}
