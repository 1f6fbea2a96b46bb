package com.siteline.audit.internal;

import com.vaadin.flow.server.VaadinRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Who made a change (the signed-in user, else "system") and from which address (the request's, when there is one). */
final class Who {

    static final String SYSTEM = "system";

    private Who() {}

    static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || authentication instanceof AnonymousAuthenticationToken
                || authentication.getName() == null) {
            return SYSTEM;
        }
        String name = authentication.getName();
        return name.length() > 60 ? name.substring(0, 60) : name;
    }

    static String address() {
        VaadinRequest vaadin = VaadinRequest.getCurrent();
        if (vaadin != null) {
            return vaadin.getRemoteAddr();
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet) {
            return servlet.getRequest().getRemoteAddr();
        }
        return null;
    }
}
