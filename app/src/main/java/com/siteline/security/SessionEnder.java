package com.siteline.security;

import com.siteline.organization.UserDeactivated;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/** Ends every open session of a deactivated user: their next request finds them signed out. */
@Component
class SessionEnder {

    private final SessionRegistry sessions;

    SessionEnder(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    @EventListener
    void on(UserDeactivated deactivated) {
        for (Object principal : sessions.getAllPrincipals()) {
            String name = principal instanceof UserDetails user ? user.getUsername() : String.valueOf(principal);
            if (name.equals(deactivated.username())) {
                sessions.getAllSessions(principal, false).forEach(SessionInformation::expireNow);
            }
        }
    }
}
