package com.siteline.portal.ui;

import com.siteline.portal.Client;
import com.siteline.portal.PortalSession;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a browser's portal sign-in lives: an attribute of its Vaadin session, never a Spring Security login, so
 * a portal session opens no staff route and a staff login opens no customer's portal.
 */
final class PortalSessions {

    private static final Logger log = LoggerFactory.getLogger(PortalSessions.class);
    static final String SESSION = "siteline.portal.session";
    static final String LINK = "siteline.portal.link";

    private PortalSessions() {}

    static PortalSession current() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? null : (PortalSession) session.getAttribute(SESSION);
    }

    /** Signs the browser in: a new HTTP session id first (no fixation), then the customer's session. */
    static void start(PortalSession portal) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null) {
            try {
                VaadinService.reinitializeSession(request);
            } catch (RuntimeException e) {
                // a test's mock request has no servlet session to renew; a real one always does
                log.debug("Session not renewed at portal sign-in: {}", e.getMessage());
            }
        }
        VaadinSession.getCurrent().setAttribute(SESSION, portal);
    }

    static void end() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(SESSION, null);
        }
    }

    static String link() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? null : (String) session.getAttribute(LINK);
    }

    static void rememberLink(String token) {
        VaadinSession.getCurrent().setAttribute(LINK, token);
    }

    /** The address and browser of the request being served. */
    static Client client() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null) {
            return Client.UNKNOWN;
        }
        String agent = request.getHeader("User-Agent");
        return new Client(request.getRemoteAddr(), agent);
    }
}
