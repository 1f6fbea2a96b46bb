/**
 * The portal module. The modules it may use are declared here (every named interface of each); Spring Modulith
 * verifies them (ModularityTest), and docs/architecture.md's table lists the same.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "base",
            "communication",
            "communication :: *",
            "customer",
            "customer :: *",
            "knowledge",
            "knowledge :: *",
            "issue",
            "issue :: *",
            "job",
            "job :: *",
            "meeting",
            "meeting :: *",
            "notification",
            "notification :: *",
            "organization",
            "organization :: *",
            "plan",
            "plan :: *",
            "plugin",
            "plugin :: *",
            "privacy",
            "privacy :: *",
            "project",
            "project :: *",
            "report",
            "report :: *",
            "sdk",
            "security",
            "security :: *",
            "sla",
            "sla :: *",
            "survey",
            "survey :: *"
        })
package com.siteline.portal;
