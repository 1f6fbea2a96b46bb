/**
 * The improvement module: improvement actions (改进措施) raised from what showed a shortcoming, implemented by their
 * owner, verified by a manager, followed to done with a ladder. The modules it may use are declared here (every
 * named interface of each); Spring Modulith verifies them (ModularityTest), and docs/architecture.md's table lists
 * the same.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "base",
            "issue",
            "issue :: *",
            "meeting",
            "meeting :: *",
            "notification",
            "notification :: *",
            "organization",
            "organization :: *",
            "security",
            "security :: *",
            "sdk",
            "sla",
            "sla :: *",
            "timer",
            "timer :: *"
        })
package com.siteline.improvement;
