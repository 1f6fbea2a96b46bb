package com.siteline.organization;

/** What a user may do. Spring Security sees them as ROLE_ADMIN, ROLE_MANAGER, ... */
public enum Role {
    /** 系统管理员: business units, users, plugins, response-time rules. */
    ADMIN,
    /** 管理处经理 / 部门负责人: supervises, approves, reads KPIs. */
    MANAGER,
    /** 客服: enquiries, complaints, communication log, return visits. */
    AGENT,
    /** 项目经理: owns projects, stage inspections, change orders. */
    PROJECT_MANAGER;

    /** The Spring Security role names, without the ROLE_ prefix (as @RolesAllowed expects them). */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String MANAGER = "MANAGER";
        public static final String AGENT = "AGENT";
        public static final String PROJECT_MANAGER = "PROJECT_MANAGER";

        private Names() {
        }
    }
}
