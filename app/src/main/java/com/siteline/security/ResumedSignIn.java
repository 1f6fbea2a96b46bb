package com.siteline.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.RememberMeAuthenticationToken;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A user signed in again from their persistent token while their browser still named a session this node does not
 * have — their node died or was taken out: the new session is marked, so the shell tells them once that they are
 * still signed in and that what they had typed and not saved was not kept (#31).
 */
@Component
public class ResumedSignIn {

    /** The session attribute that marks a session resumed on another node, until the shell has said so. */
    public static final String ATTRIBUTE = "siteline.resumed";

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        if (!(event.getAuthentication() instanceof RememberMeAuthenticationToken)) {
            return;
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            if (request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid()) {
                request.getSession(true).setAttribute(ATTRIBUTE, Boolean.TRUE);
            }
        }
    }
}
