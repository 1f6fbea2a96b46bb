package com.siteline.organization.internal;

import com.siteline.base.AbstractEntity;
import com.siteline.organization.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

@Entity
@Table(name = "app_user")
public class AppUser extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 60)
    private String username;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(length = 20)
    private String locale;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(length = 120)
    private String email;

    /** A technician's phone, written on the jobs they are sent to (the customer may call it). */
    @Column(length = 30)
    private String phone;

    /** The trades a technician works in, as people name them (水电, 木工), comma-separated. */
    @Column(length = 300)
    private String trades;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 30)
    private Set<Role> roles = new HashSet<>();

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(
            name = "app_user_business_unit",
            joinColumns = @JoinColumn(name = "user_id"),
            inverseJoinColumns = @JoinColumn(name = "business_unit_id"))
    private Set<BusinessUnit> businessUnits = new HashSet<>();

    protected AppUser() {}

    public AppUser(String username, String displayName, String passwordHash) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.createdAt = Instant.now();
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public Set<BusinessUnit> getBusinessUnits() {
        return businessUnits;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public String getTrades() {
        return trades;
    }

    public void setFieldDetails(String phone, String trades) {
        this.phone = phone;
        this.trades = trades;
    }

    public Instant getLastSignInAt() {
        return lastSignInAt;
    }

    public void signedIn(Instant at) {
        this.lastSignInAt = at;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    /** A new password; one an administrator set must be changed by the user at the next sign-in. */
    public void changePassword(String hash, boolean setByAdministrator) {
        this.passwordHash = hash;
        this.mustChangePassword = setByAdministrator;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
