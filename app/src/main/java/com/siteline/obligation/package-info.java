/**
 * The obligation module. The modules it may use are declared here (every named interface of each); Spring Modulith
 * verifies them (ModularityTest), and docs/architecture.md's table lists the same.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "timer",
            "timer :: *",
            "base",
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
            "sla :: *"
        })
package com.siteline.obligation;
