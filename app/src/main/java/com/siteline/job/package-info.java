/**
 * The job module. The modules it may use are declared here (every named interface of each); Spring Modulith
 * verifies them (ModularityTest), and docs/architecture.md's table lists the same.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "base",
            "communication",
            "communication :: *",
            "customer",
            "customer :: *",
            "issue",
            "issue :: *",
            "notification",
            "notification :: *",
            "organization",
            "organization :: *",
            "plugin",
            "plugin :: *",
            "project",
            "project :: *",
            "sdk",
            "search",
            "search :: *",
            "sla",
            "sla :: *"
        })
package com.siteline.job;
