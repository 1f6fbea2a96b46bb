package com.siteline.shell.internal;

import com.siteline.organization.Role;
import java.util.Set;

/** Where each role starts its day. */
public final class Landing {

    private Landing() {}

    /** The route a user with these roles lands on; the most powerful role decides. */
    public static String routeFor(Set<Role> roles) {
        if (roles.contains(Role.ADMIN)) {
            return "admin";
        }
        if (roles.contains(Role.MANAGER)) {
            return "overview";
        }
        if (roles.contains(Role.PROJECT_MANAGER) && !roles.contains(Role.AGENT)) {
            return "worklist";
        }
        if (roles.equals(Set.of(Role.TECHNICIAN))) {
            return "my-jobs";
        }
        return "inbox";
    }
}
