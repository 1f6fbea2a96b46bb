package com.siteline.organization;

import java.util.Locale;
import java.util.Set;

/** A user as the security module needs it; {@code locale} is null until the user picks a language. */
public record UserAccount(
        String username,
        String displayName,
        String passwordHash,
        boolean enabled,
        Set<Role> roles,
        Locale locale,
        boolean mustChangePassword) {}
