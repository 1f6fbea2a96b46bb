/**
 * The notification module. The modules it may use are declared here (every named interface of each); Spring Modulith
 * verifies them (ModularityTest), and docs/architecture.md's table lists the same.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "base",
            "customer",
            "customer :: *",
            "organization",
            "organization :: *",
            "plugin",
            "plugin :: *",
            "sdk",
            "sla",
            "sla :: *",
            "timer",
            "timer :: *"
        })
package com.siteline.notification;
