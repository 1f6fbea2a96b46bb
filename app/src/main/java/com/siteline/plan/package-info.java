/**
 * The plan module: communication plans (沟通计划) per project, in versions approved before they are in force, and the
 * communication tasks the plan in force makes, held by the records that already exist (log entries, weekly reports).
 * The modules it may use are declared here (every named interface of each); Spring Modulith verifies them
 * (ModularityTest), and docs/architecture.md's table lists the same.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "base",
            "communication",
            "communication :: *",
            "customer",
            "notification",
            "notification :: *",
            "organization",
            "organization :: *",
            "plugin",
            "plugin :: *",
            "project",
            "project :: *",
            "sdk",
            "security",
            "security :: *",
            "sla",
            "sla :: *",
            "timer",
            "timer :: *"
        })
package com.siteline.plan;
