/**
 * The admin module. The modules it may use are declared here (every named interface of each); Spring Modulith
 * verifies them (ModularityTest), and docs/architecture.md's table lists the same.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "audit",
            "audit :: *",
            "base",
            "organization",
            "organization :: *",
            "plugin",
            "plugin :: *",
            "sdk",
            "training",
            "training :: *"
        })
package com.siteline.admin;
