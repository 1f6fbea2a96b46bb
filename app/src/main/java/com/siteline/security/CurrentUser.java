package com.siteline.security;

import com.siteline.organization.Role;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/** Who is signed in, for views and services that act on their behalf. */
@Component
public class CurrentUser {

    /** The request parameter of a sign-in that asks to stay signed in on the device (#31). */
    public static final String REMEMBER_ME = "remember-me";

    private final AuthenticationContext authentication;

    CurrentUser(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    public Optional<String> username() {
        return authentication.getPrincipalName();
    }

    public Set<Role> roles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        authentication.getGrantedAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .forEach(a -> {
                    try {
                        roles.add(Role.valueOf(a.substring(5)));
                    } catch (IllegalArgumentException ignored) {
                        // an authority that is not one of our roles
                    }
                });
        return roles;
    }

    public boolean hasRole(Role role) {
        return roles().contains(role);
    }

    public void logout() {
        authentication.logout();
    }
}
