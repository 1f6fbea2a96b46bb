package com.siteline.base;

import java.util.function.Supplier;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who a service acts for: the user of the security context of the current thread, never a name a
 * caller hands in. Work that runs off the request thread (exports, timers, demo data) carries the
 * authentication it was started with, or acts as a named user through {@link #runAs}.
 */
public final class Actors {

    private Actors() {}

    /** The signed-in user's name; refused when nobody is signed in. */
    public static String current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            throw new AuthenticationCredentialsNotFoundException("no signed-in user");
        }
        return authentication.getName();
    }

    /** The current thread's authentication, to hand to work that runs elsewhere. */
    public static Authentication authentication() {
        return SecurityContextHolder.getContext().getAuthentication();
    }

    /** The context {@link #runAs} set on this thread, which outranks any other (see {@link #acting()}). */
    private static final ThreadLocal<SecurityContext> ACTING = new ThreadLocal<>();

    /**
     * The context of the {@link #runAs} around the current thread's work, or null. The application's security
     * context strategy answers with it first: Vaadin's strategy otherwise answers with the signed-in session's
     * context, and a run-as inside a staff screen (the portal's customer, a read across units) would go unseen.
     */
    public static SecurityContext acting() {
        return ACTING.get();
    }

    /** Runs the work as the given authentication and restores what was there before. */
    public static <T> T runAs(Authentication authentication, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext previousActing = ACTING.get();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        ACTING.set(context);
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
            if (previousActing == null) {
                ACTING.remove();
            } else {
                ACTING.set(previousActing);
            }
        }
    }

    public static void runAs(Authentication authentication, Runnable work) {
        runAs(authentication, () -> {
            work.run();
            return null;
        });
    }
}
