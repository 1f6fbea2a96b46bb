package com.siteline.security;

import com.siteline.organization.OrganizationService;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Counts failed sign-ins for {@link LoginThrottle} and stamps each user's last sign-in. */
@Component
class LoginEvents {

    private final LoginThrottle throttle;
    private final OrganizationService organization;

    LoginEvents(LoginThrottle throttle, OrganizationService organization) {
        this.throttle = throttle;
        this.organization = organization;
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        Object details = event.getAuthentication().getDetails();
        throttle.failed(
                event.getAuthentication().getName(),
                details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null);
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        // only a sign-in with a password (the login form), not every request's restored session
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails) {
            throttle.succeeded(event.getAuthentication().getName());
            organization.signedIn(event.getAuthentication().getName());
        }
    }
}
