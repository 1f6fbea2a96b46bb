package com.siteline.organization;

import java.util.Set;
import java.util.SortedSet;

/** A user as administration lists them. */
public record UserSummary(
        long id,
        String username,
        String displayName,
        boolean enabled,
        Set<Role> roles,
        SortedSet<String> businessUnitNames,
        java.time.Instant lastSignInAt,
        long version,
        boolean mustChangePassword) {}
