package com.siteline.security;

import com.siteline.organization.UserDeactivated;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * Ends every open session of a deactivated user and forgets the devices they stayed signed in on: their next request
 * finds them signed out.
 */
@Component
class SessionEnder {

    private final SessionRegistry sessions;
    private final org.springframework.security.web.authentication.rememberme.PersistentTokenRepository remembered;

    SessionEnder(
            SessionRegistry sessions,
            org.springframework.security.web.authentication.rememberme.PersistentTokenRepository remembered) {
        this.sessions = sessions;
        this.remembered = remembered;
    }

    @EventListener
    void on(UserDeactivated deactivated) {
        for (Object principal : sessions.getAllPrincipals()) {
            String name = principal instanceof UserDetails user ? user.getUsername() : String.valueOf(principal);
            if (name.equals(deactivated.username())) {
                sessions.getAllSessions(principal, false).forEach(SessionInformation::expireNow);
            }
        }
        // and no device of theirs signs them in again
        remembered.removeUserTokens(deactivated.username());
    }
}
