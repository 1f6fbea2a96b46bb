package com.siteline.organization;

import com.siteline.base.Actors;
import com.siteline.base.UnitScope;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Acts as a named user with their roles, for work no person starts by signing in: the timers (surveys, visits,
 * obligations, documents, greetings, report emails), the customer portal's calls into the core, the demo data,
 * and tests that prepare records as one user before checking another. Services then see that user, exactly as
 * if they had signed in; a user who does not exist or is deactivated is refused.
 */
@Component
public class RunAs {

    private final OrganizationService organization;

    RunAs(OrganizationService organization) {
        this.organization = organization;
    }

    public <T> T user(String username, Supplier<T> work) {
        UserAccount account = organization
                .findAccount(username)
                .filter(UserAccount::enabled)
                .orElseThrow(() -> new IllegalArgumentException("no active user " + username));
        var authorities = account.roles().stream()
                .map(r -> new SimpleGrantedAuthority("ROLE_" + r.name()))
                .toList();
        return Actors.runAs(UsernamePasswordAuthenticationToken.authenticated(username, null, authorities), work);
    }

    /**
     * Acts as the system with an administrator's rights and every unit in scope ({@link UnitScope#EVERY_UNIT}): the
     * timers, and what must happen before any administrator exists (the demo organisation, a test's own units and
     * users).
     */
    public <T> T system(Supplier<T> work) {
        return Actors.runAs(
                UsernamePasswordAuthenticationToken.authenticated(
                        "system",
                        null,
                        java.util.List.of(
                                new SimpleGrantedAuthority("ROLE_" + Role.ADMIN.name()),
                                new SimpleGrantedAuthority(UnitScope.EVERY_UNIT))),
                work);
    }

    public void system(Runnable work) {
        system(() -> {
            work.run();
            return null;
        });
    }

    public void user(String username, Runnable work) {
        user(username, () -> {
            work.run();
            return null;
        });
    }
}
