package com.siteline.organization;

import com.siteline.base.Keyed;

/** What a user may do. Spring Security sees them as ROLE_ADMIN, ROLE_MANAGER, ... */
public enum Role implements Keyed {
    /** 系统管理员: business units, users, plugins, response-time rules. */
    ADMIN,
    /** 管理处经理 / 部门负责人: supervises, approves, reads KPIs. */
    MANAGER,
    /** 客服: enquiries, complaints, communication log, return visits. */
    AGENT,
    /** 项目经理: owns projects, stage inspections, change orders. */
    PROJECT_MANAGER,
    /** 维修师傅: repair jobs dispatched to them (their day's list, arrival, completion with photos). */
    TECHNICIAN;

    @Override
    public String messageKey() {
        return "role." + name();
    }

    /**
     * Who may call a service write, as {@code @PreAuthorize} expressions: each write names one. Staff work
     * (the workspace and projects) is open to every staff role; triage of many issues at once to the
     * service desk; administration to administrators.
     */
    public static final class Can {
        public static final String WORK = "hasAnyRole('AGENT','MANAGER','ADMIN','PROJECT_MANAGER')";
        /** Work on a repair job: staff, and the technician it is dispatched to (checked on the job). */
        public static final String FIELD_WORK = "hasAnyRole('AGENT','MANAGER','ADMIN','PROJECT_MANAGER','TECHNICIAN')";

        public static final String TRIAGE = "hasAnyRole('AGENT','MANAGER','ADMIN')";
        public static final String ADMINISTER = "hasRole('ADMIN')";
        /** Reports over teams and units: their managers and administrators. */
        public static final String REPORT = "hasAnyRole('MANAGER','ADMIN')";
        /** A user's own settings (language, grid layouts, saved views, read marks): anyone signed in. */
        public static final String OWN_SETTINGS = "isAuthenticated()";

        private Can() {}
    }

    /**
     * Whether an export of these roles writes customers' contact details in full (managers and administrators);
     * everyone else's exports hold them masked, as the lists show them.
     */
    public static boolean mayExportContacts(java.util.Set<Role> roles) {
        return roles.contains(MANAGER) || roles.contains(ADMIN);
    }

    /** The Spring Security role names, without the ROLE_ prefix (as @RolesAllowed expects them). */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String MANAGER = "MANAGER";
        public static final String AGENT = "AGENT";
        public static final String PROJECT_MANAGER = "PROJECT_MANAGER";
        public static final String TECHNICIAN = "TECHNICIAN";

        private Names() {}
    }
}
