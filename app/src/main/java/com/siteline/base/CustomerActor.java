package com.siteline.base;

import java.security.Principal;

/**
 * The portal's actor: a customer signed in to the customer portal (客户门户), carrying their customer id and unit.
 * Core methods a customer may call require the {@link #ROLE} and take the customer from here, never from an
 * argument; no portal path holds a staff role. Its name, as audit and timelines show it, is {@code customer:<id>}.
 */
public record CustomerActor(long customerId, long businessUnitId) implements Principal {

    /** The authority every customer actor holds, and the only one. */
    public static final String ROLE = "ROLE_CUSTOMER";
    /**
     * The {@code @PreAuthorize} expression of the core's customer-facing methods: the caller is a customer actor and
     * the method's {@code customerId} argument is theirs. Staff, administrators and the system are refused.
     */
    public static final String SELF = "hasRole('CUSTOMER') and #customerId == principal.customerId()";

    /** This customer as the current thread's authentication: the customer role and nothing else. */
    public org.springframework.security.core.Authentication authentication() {
        return org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                this,
                null,
                java.util.List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority(ROLE)));
    }

    @Override
    public String getName() {
        return "customer:" + customerId;
    }

    /** The customer acting on the current thread, if it is one. */
    public static java.util.Optional<CustomerActor> current() {
        var authentication = Actors.authentication();
        return authentication != null && authentication.getPrincipal() instanceof CustomerActor customer
                ? java.util.Optional.of(customer)
                : java.util.Optional.empty();
    }
}
