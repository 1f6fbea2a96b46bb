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
    /** The {@code @PreAuthorize} expression of a method a signed-in customer may call. */
    public static final String CAN = "hasRole('CUSTOMER')";

    @Override
    public String getName() {
        return "customer:" + customerId;
    }

    /** The customer acting on the current thread, if it is one. */
    public static java.util.Optional<CustomerActor> current() {
        var authentication = Actors.authentication();
        return authentication != null && authentication.getPrincipal() instanceof CustomerActor customer
                ? java.util.Optional.of(customer) : java.util.Optional.empty();
    }
}
