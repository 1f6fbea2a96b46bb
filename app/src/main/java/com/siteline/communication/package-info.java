/**
 * The communication module. The modules it may use are declared here (every named interface of each); Spring Modulith
 * verifies them (ModularityTest), and docs/architecture.md's table lists the same.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "base",
            "customer",
            "customer :: *",
            "knowledge",
            "knowledge :: *",
            "notification",
            "notification :: *",
            "organization",
            "organization :: *",
            "project",
            "project :: *",
            "sdk",
            "search",
            "search :: *",
            "security",
            "security :: *",
            "sla",
            "sla :: *"
        })
package com.siteline.communication;
