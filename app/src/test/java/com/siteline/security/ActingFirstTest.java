package com.siteline.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.base.Actors;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;

/**
 * A run-as inside a signed-in screen is seen: Vaadin's strategy answers with the session's context whatever the
 * thread holds, so the application's strategy puts the run-as first and returns to the session's after it.
 */
class ActingFirstTest {

    /** Stands in for Vaadin's strategy in a signed-in session: always the session's user. */
    private static final class SessionFirst implements SecurityContextHolderStrategy {
        final SecurityContext session = new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                "manager", null, List.of(new SimpleGrantedAuthority("ROLE_MANAGER"))));

        @Override
        public void clearContext() {}

        @Override
        public SecurityContext getContext() {
            return session;
        }

        @Override
        public void setContext(SecurityContext context) {}

        @Override
        public SecurityContext createEmptyContext() {
            return new SecurityContextImpl();
        }
    }

    @Test
    void aRunAsOutranksTheSignedInSessionAndEndsWithItsWork() {
        SessionFirst vaadin = new SessionFirst();
        SecurityConfig.ActingFirst strategy = new SecurityConfig.ActingFirst(vaadin);
        assertThat(strategy.getContext().getAuthentication().getName()).isEqualTo("manager");

        var customer = UsernamePasswordAuthenticationToken.authenticated(
                "customer:7", null, List.of(new SimpleGrantedAuthority("ROLE_CUSTOMER")));
        String inside = Actors.runAs(
                customer, () -> strategy.getContext().getAuthentication().getName());
        assertThat(inside).isEqualTo("customer:7");
        String nested = Actors.runAs(
                customer,
                () -> Actors.runAs(
                                UsernamePasswordAuthenticationToken.authenticated("system", null, List.of()),
                                () -> strategy.getContext().getAuthentication().getName())
                        + "/" + strategy.getContext().getAuthentication().getName());
        assertThat(nested).isEqualTo("system/customer:7");
        assertThat(strategy.getContext().getAuthentication().getName()).isEqualTo("manager");
        assertThat(strategy.getDeferredContext().get()).isSameAs(vaadin.session);
    }
}
